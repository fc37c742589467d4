# The lit configuration of the .mlir suite: LLVM's own lit runs it (cargo test drives it
# through tools/tests/lit.rs), with FileCheck and `not` from LLVM 22 and alpa's tools first
# on PATH.
import os

import lit.formats

config.name = "alpa"
config.test_format = lit.formats.ShTest(True)
config.suffixes = [".mlir"]
# Fixtures are inputs of tests, not tests.
config.excludes = ["models", "Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(lit_config.params.get("exec_root", "/tmp/alpa-lit"))

tools_dir = lit_config.params.get("tools_dir") or os.environ.get("ALPA_TOOLS_DIR")
if not tools_dir:
    lit_config.fatal("pass --param tools_dir=DIR (the cargo target dir holding alpa-opt)")
llvm_bin = lit_config.params.get("llvm_bin", "/usr/lib/llvm-22/bin")
config.environment["PATH"] = os.pathsep.join([tools_dir, llvm_bin, config.environment.get("PATH", os.environ["PATH"])])
config.substitutions.append(("%models", os.path.join(config.test_source_root, "models")))
