module @jit_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2304xf32> {tf.aliasing_output = 1 : i32}, %arg1: tensor<768x2304xf32> {tf.aliasing_output = 2 : i32}, %arg2: tensor<768xf32> {tf.aliasing_output = 3 : i32}, %arg3: tensor<768x768xf32> {tf.aliasing_output = 4 : i32}, %arg4: tensor<768xf32> {tf.aliasing_output = 5 : i32}, %arg5: tensor<768xf32> {tf.aliasing_output = 6 : i32}, %arg6: tensor<768xf32> {tf.aliasing_output = 7 : i32}, %arg7: tensor<768xf32> {tf.aliasing_output = 8 : i32}, %arg8: tensor<768x16xf32> {tf.aliasing_output = 9 : i32}, %arg9: tensor<16x768x6144xf32> {tf.aliasing_output = 10 : i32}, %arg10: tensor<16x6144x768xf32> {tf.aliasing_output = 11 : i32}, %arg11: tensor<2304xf32> {tf.aliasing_output = 12 : i32}, %arg12: tensor<768x2304xf32> {tf.aliasing_output = 13 : i32}, %arg13: tensor<768xf32> {tf.aliasing_output = 14 : i32}, %arg14: tensor<768x768xf32> {tf.aliasing_output = 15 : i32}, %arg15: tensor<6144xf32> {tf.aliasing_output = 16 : i32}, %arg16: tensor<768x6144xf32> {tf.aliasing_output = 17 : i32}, %arg17: tensor<768xf32> {tf.aliasing_output = 18 : i32}, %arg18: tensor<6144x768xf32> {tf.aliasing_output = 19 : i32}, %arg19: tensor<768xf32> {tf.aliasing_output = 20 : i32}, %arg20: tensor<768xf32> {tf.aliasing_output = 21 : i32}, %arg21: tensor<768xf32> {tf.aliasing_output = 22 : i32}, %arg22: tensor<768xf32> {tf.aliasing_output = 23 : i32}, %arg23: tensor<2304xf32> {tf.aliasing_output = 24 : i32}, %arg24: tensor<768x2304xf32> {tf.aliasing_output = 25 : i32}, %arg25: tensor<768xf32> {tf.aliasing_output = 26 : i32}, %arg26: tensor<768x768xf32> {tf.aliasing_output = 27 : i32}, %arg27: tensor<768xf32> {tf.aliasing_output = 28 : i32}, %arg28: tensor<768xf32> {tf.aliasing_output = 29 : i32}, %arg29: tensor<768xf32> {tf.aliasing_output = 30 : i32}, %arg30: tensor<768xf32> {tf.aliasing_output = 31 : i32}, %arg31: tensor<768x16xf32> {tf.aliasing_output = 32 : i32}, %arg32: tensor<16x768x6144xf32> {tf.aliasing_output = 33 : i32}, %arg33: tensor<16x6144x768xf32> {tf.aliasing_output = 34 : i32}, %arg34: tensor<2304xf32> {tf.aliasing_output = 35 : i32}, %arg35: tensor<768x2304xf32> {tf.aliasing_output = 36 : i32}, %arg36: tensor<768xf32> {tf.aliasing_output = 37 : i32}, %arg37: tensor<768x768xf32> {tf.aliasing_output = 38 : i32}, %arg38: tensor<6144xf32> {tf.aliasing_output = 39 : i32}, %arg39: tensor<768x6144xf32> {tf.aliasing_output = 40 : i32}, %arg40: tensor<768xf32> {tf.aliasing_output = 41 : i32}, %arg41: tensor<6144x768xf32> {tf.aliasing_output = 42 : i32}, %arg42: tensor<768xf32> {tf.aliasing_output = 43 : i32}, %arg43: tensor<768xf32> {tf.aliasing_output = 44 : i32}, %arg44: tensor<768xf32> {tf.aliasing_output = 45 : i32}, %arg45: tensor<768xf32> {tf.aliasing_output = 46 : i32}, %arg46: tensor<2304xf32> {tf.aliasing_output = 47 : i32}, %arg47: tensor<768x2304xf32> {tf.aliasing_output = 48 : i32}, %arg48: tensor<768xf32> {tf.aliasing_output = 49 : i32}, %arg49: tensor<768x768xf32> {tf.aliasing_output = 50 : i32}, %arg50: tensor<768xf32> {tf.aliasing_output = 51 : i32}, %arg51: tensor<768xf32> {tf.aliasing_output = 52 : i32}, %arg52: tensor<768xf32> {tf.aliasing_output = 53 : i32}, %arg53: tensor<768xf32> {tf.aliasing_output = 54 : i32}, %arg54: tensor<768x16xf32> {tf.aliasing_output = 55 : i32}, %arg55: tensor<16x768x6144xf32> {tf.aliasing_output = 56 : i32}, %arg56: tensor<16x6144x768xf32> {tf.aliasing_output = 57 : i32}, %arg57: tensor<2304xf32> {tf.aliasing_output = 58 : i32}, %arg58: tensor<768x2304xf32> {tf.aliasing_output = 59 : i32}, %arg59: tensor<768xf32> {tf.aliasing_output = 60 : i32}, %arg60: tensor<768x768xf32> {tf.aliasing_output = 61 : i32}, %arg61: tensor<6144xf32> {tf.aliasing_output = 62 : i32}, %arg62: tensor<768x6144xf32> {tf.aliasing_output = 63 : i32}, %arg63: tensor<768xf32> {tf.aliasing_output = 64 : i32}, %arg64: tensor<6144x768xf32> {tf.aliasing_output = 65 : i32}, %arg65: tensor<768xf32> {tf.aliasing_output = 66 : i32}, %arg66: tensor<768xf32> {tf.aliasing_output = 67 : i32}, %arg67: tensor<768xf32> {tf.aliasing_output = 68 : i32}, %arg68: tensor<768xf32> {tf.aliasing_output = 69 : i32}, %arg69: tensor<2304xf32> {tf.aliasing_output = 70 : i32}, %arg70: tensor<768x2304xf32> {tf.aliasing_output = 71 : i32}, %arg71: tensor<768xf32> {tf.aliasing_output = 72 : i32}, %arg72: tensor<768x768xf32> {tf.aliasing_output = 73 : i32}, %arg73: tensor<768xf32> {tf.aliasing_output = 74 : i32}, %arg74: tensor<768xf32> {tf.aliasing_output = 75 : i32}, %arg75: tensor<768xf32> {tf.aliasing_output = 76 : i32}, %arg76: tensor<768xf32> {tf.aliasing_output = 77 : i32}, %arg77: tensor<768x16xf32> {tf.aliasing_output = 78 : i32}, %arg78: tensor<16x768x6144xf32> {tf.aliasing_output = 79 : i32}, %arg79: tensor<16x6144x768xf32> {tf.aliasing_output = 80 : i32}, %arg80: tensor<2304xf32> {tf.aliasing_output = 81 : i32}, %arg81: tensor<768x2304xf32> {tf.aliasing_output = 82 : i32}, %arg82: tensor<768xf32> {tf.aliasing_output = 83 : i32}, %arg83: tensor<768x768xf32> {tf.aliasing_output = 84 : i32}, %arg84: tensor<6144xf32> {tf.aliasing_output = 85 : i32}, %arg85: tensor<768x6144xf32> {tf.aliasing_output = 86 : i32}, %arg86: tensor<768xf32> {tf.aliasing_output = 87 : i32}, %arg87: tensor<6144x768xf32> {tf.aliasing_output = 88 : i32}, %arg88: tensor<768xf32> {tf.aliasing_output = 89 : i32}, %arg89: tensor<768xf32> {tf.aliasing_output = 90 : i32}, %arg90: tensor<768xf32> {tf.aliasing_output = 91 : i32}, %arg91: tensor<768xf32> {tf.aliasing_output = 92 : i32}, %arg92: tensor<768xf32> {tf.aliasing_output = 93 : i32}, %arg93: tensor<768xf32> {tf.aliasing_output = 94 : i32}, %arg94: tensor<1024x768xf32> {tf.aliasing_output = 95 : i32}, %arg95: tensor<32000x768xf32> {tf.aliasing_output = 96 : i32}, %arg96: tensor<i32> {tf.aliasing_output = 97 : i32}, %arg97: tensor<2304xf32> {tf.aliasing_output = 98 : i32}, %arg98: tensor<768x2304xf32> {tf.aliasing_output = 99 : i32}, %arg99: tensor<768xf32> {tf.aliasing_output = 100 : i32}, %arg100: tensor<768x768xf32> {tf.aliasing_output = 101 : i32}, %arg101: tensor<768xf32> {tf.aliasing_output = 102 : i32}, %arg102: tensor<768xf32> {tf.aliasing_output = 103 : i32}, %arg103: tensor<768xf32> {tf.aliasing_output = 104 : i32}, %arg104: tensor<768xf32> {tf.aliasing_output = 105 : i32}, %arg105: tensor<768x16xf32> {tf.aliasing_output = 106 : i32}, %arg106: tensor<16x768x6144xf32> {tf.aliasing_output = 107 : i32}, %arg107: tensor<16x6144x768xf32> {tf.aliasing_output = 108 : i32}, %arg108: tensor<2304xf32> {tf.aliasing_output = 109 : i32}, %arg109: tensor<768x2304xf32> {tf.aliasing_output = 110 : i32}, %arg110: tensor<768xf32> {tf.aliasing_output = 111 : i32}, %arg111: tensor<768x768xf32> {tf.aliasing_output = 112 : i32}, %arg112: tensor<6144xf32> {tf.aliasing_output = 113 : i32}, %arg113: tensor<768x6144xf32> {tf.aliasing_output = 114 : i32}, %arg114: tensor<768xf32> {tf.aliasing_output = 115 : i32}, %arg115: tensor<6144x768xf32> {tf.aliasing_output = 116 : i32}, %arg116: tensor<768xf32> {tf.aliasing_output = 117 : i32}, %arg117: tensor<768xf32> {tf.aliasing_output = 118 : i32}, %arg118: tensor<768xf32> {tf.aliasing_output = 119 : i32}, %arg119: tensor<768xf32> {tf.aliasing_output = 120 : i32}, %arg120: tensor<2304xf32> {tf.aliasing_output = 121 : i32}, %arg121: tensor<768x2304xf32> {tf.aliasing_output = 122 : i32}, %arg122: tensor<768xf32> {tf.aliasing_output = 123 : i32}, %arg123: tensor<768x768xf32> {tf.aliasing_output = 124 : i32}, %arg124: tensor<768xf32> {tf.aliasing_output = 125 : i32}, %arg125: tensor<768xf32> {tf.aliasing_output = 126 : i32}, %arg126: tensor<768xf32> {tf.aliasing_output = 127 : i32}, %arg127: tensor<768xf32> {tf.aliasing_output = 128 : i32}, %arg128: tensor<768x16xf32> {tf.aliasing_output = 129 : i32}, %arg129: tensor<16x768x6144xf32> {tf.aliasing_output = 130 : i32}, %arg130: tensor<16x6144x768xf32> {tf.aliasing_output = 131 : i32}, %arg131: tensor<2304xf32> {tf.aliasing_output = 132 : i32}, %arg132: tensor<768x2304xf32> {tf.aliasing_output = 133 : i32}, %arg133: tensor<768xf32> {tf.aliasing_output = 134 : i32}, %arg134: tensor<768x768xf32> {tf.aliasing_output = 135 : i32}, %arg135: tensor<6144xf32> {tf.aliasing_output = 136 : i32}, %arg136: tensor<768x6144xf32> {tf.aliasing_output = 137 : i32}, %arg137: tensor<768xf32> {tf.aliasing_output = 138 : i32}, %arg138: tensor<6144x768xf32> {tf.aliasing_output = 139 : i32}, %arg139: tensor<768xf32> {tf.aliasing_output = 140 : i32}, %arg140: tensor<768xf32> {tf.aliasing_output = 141 : i32}, %arg141: tensor<768xf32> {tf.aliasing_output = 142 : i32}, %arg142: tensor<768xf32> {tf.aliasing_output = 143 : i32}, %arg143: tensor<2304xf32> {tf.aliasing_output = 144 : i32}, %arg144: tensor<768x2304xf32> {tf.aliasing_output = 145 : i32}, %arg145: tensor<768xf32> {tf.aliasing_output = 146 : i32}, %arg146: tensor<768x768xf32> {tf.aliasing_output = 147 : i32}, %arg147: tensor<768xf32> {tf.aliasing_output = 148 : i32}, %arg148: tensor<768xf32> {tf.aliasing_output = 149 : i32}, %arg149: tensor<768xf32> {tf.aliasing_output = 150 : i32}, %arg150: tensor<768xf32> {tf.aliasing_output = 151 : i32}, %arg151: tensor<768x16xf32> {tf.aliasing_output = 152 : i32}, %arg152: tensor<16x768x6144xf32> {tf.aliasing_output = 153 : i32}, %arg153: tensor<16x6144x768xf32> {tf.aliasing_output = 154 : i32}, %arg154: tensor<2304xf32> {tf.aliasing_output = 155 : i32}, %arg155: tensor<768x2304xf32> {tf.aliasing_output = 156 : i32}, %arg156: tensor<768xf32> {tf.aliasing_output = 157 : i32}, %arg157: tensor<768x768xf32> {tf.aliasing_output = 158 : i32}, %arg158: tensor<6144xf32> {tf.aliasing_output = 159 : i32}, %arg159: tensor<768x6144xf32> {tf.aliasing_output = 160 : i32}, %arg160: tensor<768xf32> {tf.aliasing_output = 161 : i32}, %arg161: tensor<6144x768xf32> {tf.aliasing_output = 162 : i32}, %arg162: tensor<768xf32> {tf.aliasing_output = 163 : i32}, %arg163: tensor<768xf32> {tf.aliasing_output = 164 : i32}, %arg164: tensor<768xf32> {tf.aliasing_output = 165 : i32}, %arg165: tensor<768xf32> {tf.aliasing_output = 166 : i32}, %arg166: tensor<2304xf32> {tf.aliasing_output = 167 : i32}, %arg167: tensor<768x2304xf32> {tf.aliasing_output = 168 : i32}, %arg168: tensor<768xf32> {tf.aliasing_output = 169 : i32}, %arg169: tensor<768x768xf32> {tf.aliasing_output = 170 : i32}, %arg170: tensor<768xf32> {tf.aliasing_output = 171 : i32}, %arg171: tensor<768xf32> {tf.aliasing_output = 172 : i32}, %arg172: tensor<768xf32> {tf.aliasing_output = 173 : i32}, %arg173: tensor<768xf32> {tf.aliasing_output = 174 : i32}, %arg174: tensor<768x16xf32> {tf.aliasing_output = 175 : i32}, %arg175: tensor<16x768x6144xf32> {tf.aliasing_output = 176 : i32}, %arg176: tensor<16x6144x768xf32> {tf.aliasing_output = 177 : i32}, %arg177: tensor<2304xf32> {tf.aliasing_output = 178 : i32}, %arg178: tensor<768x2304xf32> {tf.aliasing_output = 179 : i32}, %arg179: tensor<768xf32> {tf.aliasing_output = 180 : i32}, %arg180: tensor<768x768xf32> {tf.aliasing_output = 181 : i32}, %arg181: tensor<6144xf32> {tf.aliasing_output = 182 : i32}, %arg182: tensor<768x6144xf32> {tf.aliasing_output = 183 : i32}, %arg183: tensor<768xf32> {tf.aliasing_output = 184 : i32}, %arg184: tensor<6144x768xf32> {tf.aliasing_output = 185 : i32}, %arg185: tensor<768xf32> {tf.aliasing_output = 186 : i32}, %arg186: tensor<768xf32> {tf.aliasing_output = 187 : i32}, %arg187: tensor<768xf32> {tf.aliasing_output = 188 : i32}, %arg188: tensor<768xf32> {tf.aliasing_output = 189 : i32}, %arg189: tensor<768xf32> {tf.aliasing_output = 190 : i32}, %arg190: tensor<768xf32> {tf.aliasing_output = 191 : i32}, %arg191: tensor<1024x768xf32> {tf.aliasing_output = 192 : i32}, %arg192: tensor<32000x768xf32> {tf.aliasing_output = 193 : i32}, %arg193: tensor<2304xf32> {tf.aliasing_output = 194 : i32}, %arg194: tensor<768x2304xf32> {tf.aliasing_output = 195 : i32}, %arg195: tensor<768xf32> {tf.aliasing_output = 196 : i32}, %arg196: tensor<768x768xf32> {tf.aliasing_output = 197 : i32}, %arg197: tensor<768xf32> {tf.aliasing_output = 198 : i32}, %arg198: tensor<768xf32> {tf.aliasing_output = 199 : i32}, %arg199: tensor<768xf32> {tf.aliasing_output = 200 : i32}, %arg200: tensor<768xf32> {tf.aliasing_output = 201 : i32}, %arg201: tensor<768x16xf32> {tf.aliasing_output = 202 : i32}, %arg202: tensor<16x768x6144xf32> {tf.aliasing_output = 203 : i32}, %arg203: tensor<16x6144x768xf32> {tf.aliasing_output = 204 : i32}, %arg204: tensor<2304xf32> {tf.aliasing_output = 205 : i32}, %arg205: tensor<768x2304xf32> {tf.aliasing_output = 206 : i32}, %arg206: tensor<768xf32> {tf.aliasing_output = 207 : i32}, %arg207: tensor<768x768xf32> {tf.aliasing_output = 208 : i32}, %arg208: tensor<6144xf32> {tf.aliasing_output = 209 : i32}, %arg209: tensor<768x6144xf32> {tf.aliasing_output = 210 : i32}, %arg210: tensor<768xf32> {tf.aliasing_output = 211 : i32}, %arg211: tensor<6144x768xf32> {tf.aliasing_output = 212 : i32}, %arg212: tensor<768xf32> {tf.aliasing_output = 213 : i32}, %arg213: tensor<768xf32> {tf.aliasing_output = 214 : i32}, %arg214: tensor<768xf32> {tf.aliasing_output = 215 : i32}, %arg215: tensor<768xf32> {tf.aliasing_output = 216 : i32}, %arg216: tensor<2304xf32> {tf.aliasing_output = 217 : i32}, %arg217: tensor<768x2304xf32> {tf.aliasing_output = 218 : i32}, %arg218: tensor<768xf32> {tf.aliasing_output = 219 : i32}, %arg219: tensor<768x768xf32> {tf.aliasing_output = 220 : i32}, %arg220: tensor<768xf32> {tf.aliasing_output = 221 : i32}, %arg221: tensor<768xf32> {tf.aliasing_output = 222 : i32}, %arg222: tensor<768xf32> {tf.aliasing_output = 223 : i32}, %arg223: tensor<768xf32> {tf.aliasing_output = 224 : i32}, %arg224: tensor<768x16xf32> {tf.aliasing_output = 225 : i32}, %arg225: tensor<16x768x6144xf32> {tf.aliasing_output = 226 : i32}, %arg226: tensor<16x6144x768xf32> {tf.aliasing_output = 227 : i32}, %arg227: tensor<2304xf32> {tf.aliasing_output = 228 : i32}, %arg228: tensor<768x2304xf32> {tf.aliasing_output = 229 : i32}, %arg229: tensor<768xf32> {tf.aliasing_output = 230 : i32}, %arg230: tensor<768x768xf32> {tf.aliasing_output = 231 : i32}, %arg231: tensor<6144xf32> {tf.aliasing_output = 232 : i32}, %arg232: tensor<768x6144xf32> {tf.aliasing_output = 233 : i32}, %arg233: tensor<768xf32> {tf.aliasing_output = 234 : i32}, %arg234: tensor<6144x768xf32> {tf.aliasing_output = 235 : i32}, %arg235: tensor<768xf32> {tf.aliasing_output = 236 : i32}, %arg236: tensor<768xf32> {tf.aliasing_output = 237 : i32}, %arg237: tensor<768xf32> {tf.aliasing_output = 238 : i32}, %arg238: tensor<768xf32> {tf.aliasing_output = 239 : i32}, %arg239: tensor<2304xf32> {tf.aliasing_output = 240 : i32}, %arg240: tensor<768x2304xf32> {tf.aliasing_output = 241 : i32}, %arg241: tensor<768xf32> {tf.aliasing_output = 242 : i32}, %arg242: tensor<768x768xf32> {tf.aliasing_output = 243 : i32}, %arg243: tensor<768xf32> {tf.aliasing_output = 244 : i32}, %arg244: tensor<768xf32> {tf.aliasing_output = 245 : i32}, %arg245: tensor<768xf32> {tf.aliasing_output = 246 : i32}, %arg246: tensor<768xf32> {tf.aliasing_output = 247 : i32}, %arg247: tensor<768x16xf32> {tf.aliasing_output = 248 : i32}, %arg248: tensor<16x768x6144xf32> {tf.aliasing_output = 249 : i32}, %arg249: tensor<16x6144x768xf32> {tf.aliasing_output = 250 : i32}, %arg250: tensor<2304xf32> {tf.aliasing_output = 251 : i32}, %arg251: tensor<768x2304xf32> {tf.aliasing_output = 252 : i32}, %arg252: tensor<768xf32> {tf.aliasing_output = 253 : i32}, %arg253: tensor<768x768xf32> {tf.aliasing_output = 254 : i32}, %arg254: tensor<6144xf32> {tf.aliasing_output = 255 : i32}, %arg255: tensor<768x6144xf32> {tf.aliasing_output = 256 : i32}, %arg256: tensor<768xf32> {tf.aliasing_output = 257 : i32}, %arg257: tensor<6144x768xf32> {tf.aliasing_output = 258 : i32}, %arg258: tensor<768xf32> {tf.aliasing_output = 259 : i32}, %arg259: tensor<768xf32> {tf.aliasing_output = 260 : i32}, %arg260: tensor<768xf32> {tf.aliasing_output = 261 : i32}, %arg261: tensor<768xf32> {tf.aliasing_output = 262 : i32}, %arg262: tensor<2304xf32> {tf.aliasing_output = 263 : i32}, %arg263: tensor<768x2304xf32> {tf.aliasing_output = 264 : i32}, %arg264: tensor<768xf32> {tf.aliasing_output = 265 : i32}, %arg265: tensor<768x768xf32> {tf.aliasing_output = 266 : i32}, %arg266: tensor<768xf32> {tf.aliasing_output = 267 : i32}, %arg267: tensor<768xf32> {tf.aliasing_output = 268 : i32}, %arg268: tensor<768xf32> {tf.aliasing_output = 269 : i32}, %arg269: tensor<768xf32> {tf.aliasing_output = 270 : i32}, %arg270: tensor<768x16xf32> {tf.aliasing_output = 271 : i32}, %arg271: tensor<16x768x6144xf32> {tf.aliasing_output = 272 : i32}, %arg272: tensor<16x6144x768xf32> {tf.aliasing_output = 273 : i32}, %arg273: tensor<2304xf32> {tf.aliasing_output = 274 : i32}, %arg274: tensor<768x2304xf32> {tf.aliasing_output = 275 : i32}, %arg275: tensor<768xf32> {tf.aliasing_output = 276 : i32}, %arg276: tensor<768x768xf32> {tf.aliasing_output = 277 : i32}, %arg277: tensor<6144xf32> {tf.aliasing_output = 278 : i32}, %arg278: tensor<768x6144xf32> {tf.aliasing_output = 279 : i32}, %arg279: tensor<768xf32> {tf.aliasing_output = 280 : i32}, %arg280: tensor<6144x768xf32> {tf.aliasing_output = 281 : i32}, %arg281: tensor<768xf32> {tf.aliasing_output = 282 : i32}, %arg282: tensor<768xf32> {tf.aliasing_output = 283 : i32}, %arg283: tensor<768xf32> {tf.aliasing_output = 284 : i32}, %arg284: tensor<768xf32> {tf.aliasing_output = 285 : i32}, %arg285: tensor<768xf32> {tf.aliasing_output = 286 : i32}, %arg286: tensor<768xf32> {tf.aliasing_output = 287 : i32}, %arg287: tensor<1024x768xf32> {tf.aliasing_output = 288 : i32}, %arg288: tensor<32000x768xf32> {tf.aliasing_output = 289 : i32}, %arg289: tensor<1024x1024xi32>, %arg290: tensor<1024x1024xi32>) -> (tensor<f32> {jax.result_info = "result[0]"}, tensor<2304xf32> {jax.result_info = "result[1]['h_0']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[1]['h_0']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_0']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[1]['h_0']['attn']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_0']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_0']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[1]['h_0']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_0']['ln_2']['scale']"}, tensor<768x16xf32> {jax.result_info = "result[1]['h_0']['moe']['wg']"}, tensor<16x768x6144xf32> {jax.result_info = "result[1]['h_0']['moe']['wi']"}, tensor<16x6144x768xf32> {jax.result_info = "result[1]['h_0']['moe']['wo']"}, tensor<2304xf32> {jax.result_info = "result[1]['h_1']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[1]['h_1']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_1']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[1]['h_1']['attn']['c_proj']['kernel']"}, tensor<6144xf32> {jax.result_info = "result[1]['h_1']['c_fc']['bias']"}, tensor<768x6144xf32> {jax.result_info = "result[1]['h_1']['c_fc']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_1']['c_proj']['bias']"}, tensor<6144x768xf32> {jax.result_info = "result[1]['h_1']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_1']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_1']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[1]['h_1']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_1']['ln_2']['scale']"}, tensor<2304xf32> {jax.result_info = "result[1]['h_2']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[1]['h_2']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_2']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[1]['h_2']['attn']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_2']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_2']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[1]['h_2']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_2']['ln_2']['scale']"}, tensor<768x16xf32> {jax.result_info = "result[1]['h_2']['moe']['wg']"}, tensor<16x768x6144xf32> {jax.result_info = "result[1]['h_2']['moe']['wi']"}, tensor<16x6144x768xf32> {jax.result_info = "result[1]['h_2']['moe']['wo']"}, tensor<2304xf32> {jax.result_info = "result[1]['h_3']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[1]['h_3']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_3']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[1]['h_3']['attn']['c_proj']['kernel']"}, tensor<6144xf32> {jax.result_info = "result[1]['h_3']['c_fc']['bias']"}, tensor<768x6144xf32> {jax.result_info = "result[1]['h_3']['c_fc']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_3']['c_proj']['bias']"}, tensor<6144x768xf32> {jax.result_info = "result[1]['h_3']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_3']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_3']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[1]['h_3']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_3']['ln_2']['scale']"}, tensor<2304xf32> {jax.result_info = "result[1]['h_4']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[1]['h_4']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_4']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[1]['h_4']['attn']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_4']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_4']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[1]['h_4']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_4']['ln_2']['scale']"}, tensor<768x16xf32> {jax.result_info = "result[1]['h_4']['moe']['wg']"}, tensor<16x768x6144xf32> {jax.result_info = "result[1]['h_4']['moe']['wi']"}, tensor<16x6144x768xf32> {jax.result_info = "result[1]['h_4']['moe']['wo']"}, tensor<2304xf32> {jax.result_info = "result[1]['h_5']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[1]['h_5']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_5']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[1]['h_5']['attn']['c_proj']['kernel']"}, tensor<6144xf32> {jax.result_info = "result[1]['h_5']['c_fc']['bias']"}, tensor<768x6144xf32> {jax.result_info = "result[1]['h_5']['c_fc']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_5']['c_proj']['bias']"}, tensor<6144x768xf32> {jax.result_info = "result[1]['h_5']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_5']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_5']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[1]['h_5']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_5']['ln_2']['scale']"}, tensor<2304xf32> {jax.result_info = "result[1]['h_6']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[1]['h_6']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_6']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[1]['h_6']['attn']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_6']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_6']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[1]['h_6']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_6']['ln_2']['scale']"}, tensor<768x16xf32> {jax.result_info = "result[1]['h_6']['moe']['wg']"}, tensor<16x768x6144xf32> {jax.result_info = "result[1]['h_6']['moe']['wi']"}, tensor<16x6144x768xf32> {jax.result_info = "result[1]['h_6']['moe']['wo']"}, tensor<2304xf32> {jax.result_info = "result[1]['h_7']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[1]['h_7']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_7']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[1]['h_7']['attn']['c_proj']['kernel']"}, tensor<6144xf32> {jax.result_info = "result[1]['h_7']['c_fc']['bias']"}, tensor<768x6144xf32> {jax.result_info = "result[1]['h_7']['c_fc']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_7']['c_proj']['bias']"}, tensor<6144x768xf32> {jax.result_info = "result[1]['h_7']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[1]['h_7']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_7']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[1]['h_7']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['h_7']['ln_2']['scale']"}, tensor<768xf32> {jax.result_info = "result[1]['ln_f']['bias']"}, tensor<768xf32> {jax.result_info = "result[1]['ln_f']['scale']"}, tensor<1024x768xf32> {jax.result_info = "result[1]['wpe']['embedding']"}, tensor<32000x768xf32> {jax.result_info = "result[1]['wte']['embedding']"}, tensor<i32> {jax.result_info = "result[2][0].count"}, tensor<2304xf32> {jax.result_info = "result[2][0].mu['h_0']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].mu['h_0']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_0']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].mu['h_0']['attn']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_0']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_0']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_0']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_0']['ln_2']['scale']"}, tensor<768x16xf32> {jax.result_info = "result[2][0].mu['h_0']['moe']['wg']"}, tensor<16x768x6144xf32> {jax.result_info = "result[2][0].mu['h_0']['moe']['wi']"}, tensor<16x6144x768xf32> {jax.result_info = "result[2][0].mu['h_0']['moe']['wo']"}, tensor<2304xf32> {jax.result_info = "result[2][0].mu['h_1']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].mu['h_1']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_1']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].mu['h_1']['attn']['c_proj']['kernel']"}, tensor<6144xf32> {jax.result_info = "result[2][0].mu['h_1']['c_fc']['bias']"}, tensor<768x6144xf32> {jax.result_info = "result[2][0].mu['h_1']['c_fc']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_1']['c_proj']['bias']"}, tensor<6144x768xf32> {jax.result_info = "result[2][0].mu['h_1']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_1']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_1']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_1']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_1']['ln_2']['scale']"}, tensor<2304xf32> {jax.result_info = "result[2][0].mu['h_2']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].mu['h_2']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_2']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].mu['h_2']['attn']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_2']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_2']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_2']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_2']['ln_2']['scale']"}, tensor<768x16xf32> {jax.result_info = "result[2][0].mu['h_2']['moe']['wg']"}, tensor<16x768x6144xf32> {jax.result_info = "result[2][0].mu['h_2']['moe']['wi']"}, tensor<16x6144x768xf32> {jax.result_info = "result[2][0].mu['h_2']['moe']['wo']"}, tensor<2304xf32> {jax.result_info = "result[2][0].mu['h_3']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].mu['h_3']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_3']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].mu['h_3']['attn']['c_proj']['kernel']"}, tensor<6144xf32> {jax.result_info = "result[2][0].mu['h_3']['c_fc']['bias']"}, tensor<768x6144xf32> {jax.result_info = "result[2][0].mu['h_3']['c_fc']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_3']['c_proj']['bias']"}, tensor<6144x768xf32> {jax.result_info = "result[2][0].mu['h_3']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_3']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_3']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_3']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_3']['ln_2']['scale']"}, tensor<2304xf32> {jax.result_info = "result[2][0].mu['h_4']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].mu['h_4']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_4']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].mu['h_4']['attn']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_4']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_4']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_4']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_4']['ln_2']['scale']"}, tensor<768x16xf32> {jax.result_info = "result[2][0].mu['h_4']['moe']['wg']"}, tensor<16x768x6144xf32> {jax.result_info = "result[2][0].mu['h_4']['moe']['wi']"}, tensor<16x6144x768xf32> {jax.result_info = "result[2][0].mu['h_4']['moe']['wo']"}, tensor<2304xf32> {jax.result_info = "result[2][0].mu['h_5']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].mu['h_5']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_5']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].mu['h_5']['attn']['c_proj']['kernel']"}, tensor<6144xf32> {jax.result_info = "result[2][0].mu['h_5']['c_fc']['bias']"}, tensor<768x6144xf32> {jax.result_info = "result[2][0].mu['h_5']['c_fc']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_5']['c_proj']['bias']"}, tensor<6144x768xf32> {jax.result_info = "result[2][0].mu['h_5']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_5']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_5']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_5']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_5']['ln_2']['scale']"}, tensor<2304xf32> {jax.result_info = "result[2][0].mu['h_6']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].mu['h_6']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_6']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].mu['h_6']['attn']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_6']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_6']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_6']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_6']['ln_2']['scale']"}, tensor<768x16xf32> {jax.result_info = "result[2][0].mu['h_6']['moe']['wg']"}, tensor<16x768x6144xf32> {jax.result_info = "result[2][0].mu['h_6']['moe']['wi']"}, tensor<16x6144x768xf32> {jax.result_info = "result[2][0].mu['h_6']['moe']['wo']"}, tensor<2304xf32> {jax.result_info = "result[2][0].mu['h_7']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].mu['h_7']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_7']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].mu['h_7']['attn']['c_proj']['kernel']"}, tensor<6144xf32> {jax.result_info = "result[2][0].mu['h_7']['c_fc']['bias']"}, tensor<768x6144xf32> {jax.result_info = "result[2][0].mu['h_7']['c_fc']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_7']['c_proj']['bias']"}, tensor<6144x768xf32> {jax.result_info = "result[2][0].mu['h_7']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_7']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_7']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_7']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['h_7']['ln_2']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['ln_f']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].mu['ln_f']['scale']"}, tensor<1024x768xf32> {jax.result_info = "result[2][0].mu['wpe']['embedding']"}, tensor<32000x768xf32> {jax.result_info = "result[2][0].mu['wte']['embedding']"}, tensor<2304xf32> {jax.result_info = "result[2][0].nu['h_0']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].nu['h_0']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_0']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].nu['h_0']['attn']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_0']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_0']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_0']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_0']['ln_2']['scale']"}, tensor<768x16xf32> {jax.result_info = "result[2][0].nu['h_0']['moe']['wg']"}, tensor<16x768x6144xf32> {jax.result_info = "result[2][0].nu['h_0']['moe']['wi']"}, tensor<16x6144x768xf32> {jax.result_info = "result[2][0].nu['h_0']['moe']['wo']"}, tensor<2304xf32> {jax.result_info = "result[2][0].nu['h_1']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].nu['h_1']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_1']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].nu['h_1']['attn']['c_proj']['kernel']"}, tensor<6144xf32> {jax.result_info = "result[2][0].nu['h_1']['c_fc']['bias']"}, tensor<768x6144xf32> {jax.result_info = "result[2][0].nu['h_1']['c_fc']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_1']['c_proj']['bias']"}, tensor<6144x768xf32> {jax.result_info = "result[2][0].nu['h_1']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_1']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_1']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_1']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_1']['ln_2']['scale']"}, tensor<2304xf32> {jax.result_info = "result[2][0].nu['h_2']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].nu['h_2']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_2']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].nu['h_2']['attn']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_2']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_2']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_2']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_2']['ln_2']['scale']"}, tensor<768x16xf32> {jax.result_info = "result[2][0].nu['h_2']['moe']['wg']"}, tensor<16x768x6144xf32> {jax.result_info = "result[2][0].nu['h_2']['moe']['wi']"}, tensor<16x6144x768xf32> {jax.result_info = "result[2][0].nu['h_2']['moe']['wo']"}, tensor<2304xf32> {jax.result_info = "result[2][0].nu['h_3']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].nu['h_3']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_3']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].nu['h_3']['attn']['c_proj']['kernel']"}, tensor<6144xf32> {jax.result_info = "result[2][0].nu['h_3']['c_fc']['bias']"}, tensor<768x6144xf32> {jax.result_info = "result[2][0].nu['h_3']['c_fc']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_3']['c_proj']['bias']"}, tensor<6144x768xf32> {jax.result_info = "result[2][0].nu['h_3']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_3']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_3']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_3']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_3']['ln_2']['scale']"}, tensor<2304xf32> {jax.result_info = "result[2][0].nu['h_4']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].nu['h_4']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_4']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].nu['h_4']['attn']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_4']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_4']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_4']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_4']['ln_2']['scale']"}, tensor<768x16xf32> {jax.result_info = "result[2][0].nu['h_4']['moe']['wg']"}, tensor<16x768x6144xf32> {jax.result_info = "result[2][0].nu['h_4']['moe']['wi']"}, tensor<16x6144x768xf32> {jax.result_info = "result[2][0].nu['h_4']['moe']['wo']"}, tensor<2304xf32> {jax.result_info = "result[2][0].nu['h_5']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].nu['h_5']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_5']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].nu['h_5']['attn']['c_proj']['kernel']"}, tensor<6144xf32> {jax.result_info = "result[2][0].nu['h_5']['c_fc']['bias']"}, tensor<768x6144xf32> {jax.result_info = "result[2][0].nu['h_5']['c_fc']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_5']['c_proj']['bias']"}, tensor<6144x768xf32> {jax.result_info = "result[2][0].nu['h_5']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_5']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_5']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_5']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_5']['ln_2']['scale']"}, tensor<2304xf32> {jax.result_info = "result[2][0].nu['h_6']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].nu['h_6']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_6']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].nu['h_6']['attn']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_6']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_6']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_6']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_6']['ln_2']['scale']"}, tensor<768x16xf32> {jax.result_info = "result[2][0].nu['h_6']['moe']['wg']"}, tensor<16x768x6144xf32> {jax.result_info = "result[2][0].nu['h_6']['moe']['wi']"}, tensor<16x6144x768xf32> {jax.result_info = "result[2][0].nu['h_6']['moe']['wo']"}, tensor<2304xf32> {jax.result_info = "result[2][0].nu['h_7']['attn']['c_attn']['bias']"}, tensor<768x2304xf32> {jax.result_info = "result[2][0].nu['h_7']['attn']['c_attn']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_7']['attn']['c_proj']['bias']"}, tensor<768x768xf32> {jax.result_info = "result[2][0].nu['h_7']['attn']['c_proj']['kernel']"}, tensor<6144xf32> {jax.result_info = "result[2][0].nu['h_7']['c_fc']['bias']"}, tensor<768x6144xf32> {jax.result_info = "result[2][0].nu['h_7']['c_fc']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_7']['c_proj']['bias']"}, tensor<6144x768xf32> {jax.result_info = "result[2][0].nu['h_7']['c_proj']['kernel']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_7']['ln_1']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_7']['ln_1']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_7']['ln_2']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['h_7']['ln_2']['scale']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['ln_f']['bias']"}, tensor<768xf32> {jax.result_info = "result[2][0].nu['ln_f']['scale']"}, tensor<1024x768xf32> {jax.result_info = "result[2][0].nu['wpe']['embedding']"}, tensor<32000x768xf32> {jax.result_info = "result[2][0].nu['wte']['embedding']"}) {
    %0 = stablehlo.convert %arg95 : (tensor<32000x768xf32>) -> tensor<32000x768xf16>
    %1:2 = call @_take(%0, %arg289) : (tensor<32000x768xf16>, tensor<1024x1024xi32>) -> (tensor<1024x1024x768xf16>, tensor<1024x1024x1xi32>)
    %2 = stablehlo.iota dim = 0 : tensor<1024xi32>
    %3 = stablehlo.convert %arg94 : (tensor<1024x768xf32>) -> tensor<1024x768xf16>
    %4:2 = call @_take_0(%3, %2) : (tensor<1024x768xf16>, tensor<1024xi32>) -> (tensor<1024x768xf16>, tensor<1024x1xi32>)
    %5 = stablehlo.broadcast_in_dim %4#0, dims = [1, 2] : (tensor<1024x768xf16>) -> tensor<1x1024x768xf16>
    %6 = stablehlo.broadcast_in_dim %5, dims = [0, 1, 2] : (tensor<1x1024x768xf16>) -> tensor<1024x1024x768xf16>
    %7 = stablehlo.add %1#0, %6 : tensor<1024x1024x768xf16>
    %8 = stablehlo.convert %7 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %9 = chlo.square %8 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.reduce(%8 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_0 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %12 = stablehlo.divide %10, %11 : tensor<1024x1024xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.reduce(%9 init: %cst_1) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_2 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %15 = stablehlo.divide %13, %14 : tensor<1024x1024xf32>
    %16 = chlo.square %12 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %17 = stablehlo.subtract %15, %16 : tensor<1024x1024xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %19 = stablehlo.maximum %18, %17 : tensor<1024x1024xf32>
    %20 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %21 = stablehlo.broadcast_in_dim %19, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %22 = stablehlo.convert %7 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %23 = stablehlo.broadcast_in_dim %20, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %24 = stablehlo.subtract %22, %23 : tensor<1024x1024x768xf32>
    %cst_4 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %25 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %26 = stablehlo.add %21, %25 : tensor<1024x1024x1xf32>
    %27 = stablehlo.rsqrt %26 : tensor<1024x1024x1xf32>
    %28 = stablehlo.reshape %arg5 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %29 = stablehlo.broadcast_in_dim %27, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %30 = stablehlo.broadcast_in_dim %28, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %31 = stablehlo.multiply %29, %30 : tensor<1024x1024x768xf32>
    %32 = stablehlo.multiply %24, %31 : tensor<1024x1024x768xf32>
    %33 = stablehlo.reshape %arg4 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %35 = stablehlo.add %32, %34 : tensor<1024x1024x768xf32>
    %36 = stablehlo.convert %35 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %37 = stablehlo.convert %arg1 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %38 = stablehlo.convert %arg0 : (tensor<2304xf32>) -> tensor<2304xf16>
    %39 = stablehlo.dot_general %36, %37, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %40 = stablehlo.reshape %38 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %41 = stablehlo.broadcast_in_dim %40, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %42 = stablehlo.add %39, %41 : tensor<1024x1024x2304xf16>
    %43 = stablehlo.reshape %42 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %44 = stablehlo.slice %43 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %45 = stablehlo.reshape %44 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %46 = stablehlo.slice %43 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %47 = stablehlo.reshape %46 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %48 = stablehlo.slice %43 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %49 = stablehlo.reshape %48 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %50 = stablehlo.dot_general %45, %47, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_5 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %51 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %52 = stablehlo.multiply %50, %51 : tensor<1024x16x1024x1024xf16>
    %c = stablehlo.constant dense<true> : tensor<i1>
    %53 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %54 = call @tril(%53) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %55 = stablehlo.broadcast_in_dim %54, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_6 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %56 = call @_where_2(%55, %52, %cst_6) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %cst_7 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %57 = stablehlo.reduce(%56 init: %cst_7) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_8 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %58 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %59 = stablehlo.maximum %58, %57 : tensor<1024x16x1024xf16>
    %60 = stablehlo.broadcast_in_dim %59, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %61 = stablehlo.broadcast_in_dim %60, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %62 = stablehlo.subtract %56, %61 : tensor<1024x16x1024x1024xf16>
    %63 = stablehlo.exponential %62 : tensor<1024x16x1024x1024xf16>
    %64 = stablehlo.convert %63 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %65 = stablehlo.reduce(%64 init: %cst_9) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %66 = stablehlo.broadcast_in_dim %65, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %67 = stablehlo.convert %66 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %68 = stablehlo.broadcast_in_dim %67, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %69 = stablehlo.divide %63, %68 : tensor<1024x16x1024x1024xf16>
    %70 = stablehlo.dot_general %49, %69, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %71 = stablehlo.transpose %70, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %72 = stablehlo.reshape %71 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %73 = stablehlo.convert %arg3 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %74 = stablehlo.convert %arg2 : (tensor<768xf32>) -> tensor<768xf16>
    %75 = stablehlo.dot_general %72, %73, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %76 = stablehlo.reshape %74 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %77 = stablehlo.broadcast_in_dim %76, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %78 = stablehlo.add %75, %77 : tensor<1024x1024x768xf16>
    %79 = stablehlo.add %7, %78 : tensor<1024x1024x768xf16>
    %80 = stablehlo.convert %79 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %81 = chlo.square %80 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %82 = stablehlo.reduce(%80 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_11 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %84 = stablehlo.divide %82, %83 : tensor<1024x1024xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %85 = stablehlo.reduce(%81 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_13 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %87 = stablehlo.divide %85, %86 : tensor<1024x1024xf32>
    %88 = chlo.square %84 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %89 = stablehlo.subtract %87, %88 : tensor<1024x1024xf32>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %91 = stablehlo.maximum %90, %89 : tensor<1024x1024xf32>
    %92 = stablehlo.broadcast_in_dim %84, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %93 = stablehlo.broadcast_in_dim %91, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %94 = stablehlo.convert %79 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %95 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %96 = stablehlo.subtract %94, %95 : tensor<1024x1024x768xf32>
    %cst_15 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %97 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %98 = stablehlo.add %93, %97 : tensor<1024x1024x1xf32>
    %99 = stablehlo.rsqrt %98 : tensor<1024x1024x1xf32>
    %100 = stablehlo.reshape %arg7 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %101 = stablehlo.broadcast_in_dim %99, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %102 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %103 = stablehlo.multiply %101, %102 : tensor<1024x1024x768xf32>
    %104 = stablehlo.multiply %96, %103 : tensor<1024x1024x768xf32>
    %105 = stablehlo.reshape %arg6 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %107 = stablehlo.add %104, %106 : tensor<1024x1024x768xf32>
    %108 = stablehlo.convert %107 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %109 = stablehlo.convert %arg8 : (tensor<768x16xf32>) -> tensor<768x16xf16>
    %110 = stablehlo.convert %arg9 : (tensor<16x768x6144xf32>) -> tensor<16x768x6144xf16>
    %111 = stablehlo.convert %arg10 : (tensor<16x6144x768xf32>) -> tensor<16x6144x768xf16>
    %112 = stablehlo.reshape %108 : (tensor<1024x1024x768xf16>) -> tensor<512x2048x768xf16>
    %113 = stablehlo.dot_general %112, %109, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<768x16xf16>) -> tensor<512x2048x16xf16>
    %cst_16 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %114 = stablehlo.reduce(%113 init: %cst_16) applies stablehlo.maximum across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %cst_17 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %115 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %116 = stablehlo.maximum %115, %114 : tensor<512x2048xf16>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %119 = stablehlo.subtract %113, %118 : tensor<512x2048x16xf16>
    %120 = stablehlo.exponential %119 : tensor<512x2048x16xf16>
    %121 = stablehlo.convert %120 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %122 = stablehlo.reduce(%121 init: %cst_18) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x1xf32>
    %124 = stablehlo.convert %123 : (tensor<512x2048x1xf32>) -> tensor<512x2048x1xf16>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %126 = stablehlo.divide %120, %125 : tensor<512x2048x16xf16>
    %127 = call @argmax(%126) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %128 = call @_one_hot(%127) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %129 = stablehlo.convert %128 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %130 = stablehlo.multiply %126, %129 : tensor<512x2048x16xf16>
    %131 = stablehlo.convert %130 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %132 = stablehlo.reduce(%131 init: %cst_19) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %133 = stablehlo.convert %132 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %c_20 = stablehlo.constant dense<1> : tensor<i32>
    %134 = stablehlo.broadcast_in_dim %c_20, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %135 = stablehlo.subtract %134, %128 : tensor<512x2048x16xi32>
    %136 = stablehlo.convert %135 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %137 = stablehlo.multiply %126, %136 : tensor<512x2048x16xf16>
    %138 = call @argmax(%137) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %139 = call @_one_hot(%138) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %140 = stablehlo.convert %139 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %141 = stablehlo.multiply %137, %140 : tensor<512x2048x16xf16>
    %142 = stablehlo.convert %141 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %143 = stablehlo.reduce(%142 init: %cst_21) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %144 = stablehlo.convert %143 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %145 = call @cumsum(%128) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %146 = stablehlo.subtract %145, %128 : tensor<512x2048x16xi32>
    %c_22 = stablehlo.constant dense<256> : tensor<i32>
    %147 = stablehlo.broadcast_in_dim %c_22, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %148 = stablehlo.compare LT, %146, %147, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %149 = stablehlo.convert %148 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %150 = stablehlo.multiply %128, %149 : tensor<512x2048x16xi32>
    %151 = stablehlo.multiply %146, %150 : tensor<512x2048x16xi32>
    %c_23 = stablehlo.constant dense<0> : tensor<i32>
    %152 = stablehlo.reduce(%151 init: %c_23) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_24 = stablehlo.constant dense<0> : tensor<i32>
    %153 = stablehlo.reduce(%150 init: %c_24) applies stablehlo.add across dimensions = [1] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x16xi32>
    %c_25 = stablehlo.constant dense<0> : tensor<i32>
    %154 = stablehlo.reduce(%150 init: %c_25) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %155 = call @cumsum(%139) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %156 = stablehlo.subtract %155, %139 : tensor<512x2048x16xi32>
    %157 = stablehlo.broadcast_in_dim %153, dims = [0, 2] : (tensor<512x16xi32>) -> tensor<512x1x16xi32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [0, 1, 2] : (tensor<512x1x16xi32>) -> tensor<512x2048x16xi32>
    %159 = stablehlo.add %156, %158 : tensor<512x2048x16xi32>
    %c_26 = stablehlo.constant dense<256> : tensor<i32>
    %160 = stablehlo.broadcast_in_dim %c_26, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %161 = stablehlo.compare LT, %159, %160, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %162 = stablehlo.convert %161 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %163 = stablehlo.multiply %139, %162 : tensor<512x2048x16xi32>
    %164 = stablehlo.multiply %159, %163 : tensor<512x2048x16xi32>
    %c_27 = stablehlo.constant dense<0> : tensor<i32>
    %165 = stablehlo.reduce(%164 init: %c_27) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_28 = stablehlo.constant dense<0> : tensor<i32>
    %166 = stablehlo.reduce(%163 init: %c_28) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %167 = stablehlo.convert %154 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %168 = stablehlo.multiply %133, %167 : tensor<512x2048xf16>
    %169 = stablehlo.convert %166 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %170 = stablehlo.multiply %144, %169 : tensor<512x2048xf16>
    %171 = stablehlo.add %168, %170 : tensor<512x2048xf16>
    %cst_29 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %172 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %173 = stablehlo.compare GT, %171, %172, FLOAT : (tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xi1>
    %cst_30 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %174 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %175 = call @_where_4(%173, %171, %174) : (tensor<512x2048xi1>, tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xf16>
    %176 = stablehlo.divide %168, %175 : tensor<512x2048xf16>
    %177 = stablehlo.divide %170, %175 : tensor<512x2048xf16>
    %178 = stablehlo.convert %154 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %179 = stablehlo.multiply %176, %178 : tensor<512x2048xf16>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %181 = call @_one_hot_5(%127) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %182 = stablehlo.broadcast_in_dim %180, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %183 = stablehlo.multiply %182, %181 : tensor<512x2048x16xf16>
    %184 = call @_one_hot_6(%152) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %185 = stablehlo.broadcast_in_dim %183, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %186 = stablehlo.broadcast_in_dim %184, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %187 = stablehlo.broadcast_in_dim %185, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %188 = stablehlo.broadcast_in_dim %186, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %189 = stablehlo.multiply %187, %188 : tensor<512x2048x16x256xf16>
    %190 = stablehlo.convert %166 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %191 = stablehlo.multiply %177, %190 : tensor<512x2048xf16>
    %192 = stablehlo.broadcast_in_dim %191, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %193 = call @_one_hot_5(%138) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %194 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %195 = stablehlo.multiply %194, %193 : tensor<512x2048x16xf16>
    %196 = call @_one_hot_6(%165) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %197 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %198 = stablehlo.broadcast_in_dim %196, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %199 = stablehlo.broadcast_in_dim %197, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %200 = stablehlo.broadcast_in_dim %198, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %201 = stablehlo.multiply %199, %200 : tensor<512x2048x16x256xf16>
    %202 = stablehlo.add %189, %201 : tensor<512x2048x16x256xf16>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %203 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f16>) -> tensor<512x2048x16x256xf16>
    %204 = stablehlo.compare NE, %202, %203, FLOAT : (tensor<512x2048x16x256xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x2048x16x256xi1>
    %205 = stablehlo.convert %204 : tensor<512x2048x16x256xi1>
    %206 = stablehlo.convert %205 : (tensor<512x2048x16x256xi1>) -> tensor<512x2048x16x256xf16>
    %207 = stablehlo.dot_general %112, %206, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x16x256xf16>
    %208 = stablehlo.transpose %207, dims = [2, 0, 3, 1] : (tensor<512x768x16x256xf16>) -> tensor<16x512x256x768xf16>
    %209 = stablehlo.dot_general %208, %110, batching_dims = [0] x [0], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x768xf16>, tensor<16x768x6144xf16>) -> tensor<16x512x256x6144xf16>
    %210 = stablehlo.multiply %209, %209 : tensor<16x512x256x6144xf16>
    %211 = stablehlo.multiply %210, %209 : tensor<16x512x256x6144xf16>
    %cst_32 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %212 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %213 = stablehlo.multiply %212, %211 : tensor<16x512x256x6144xf16>
    %214 = stablehlo.add %209, %213 : tensor<16x512x256x6144xf16>
    %cst_33 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %215 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %216 = stablehlo.multiply %215, %214 : tensor<16x512x256x6144xf16>
    %217 = stablehlo.tanh %216 : tensor<16x512x256x6144xf16>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %218 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %219 = stablehlo.add %218, %217 : tensor<16x512x256x6144xf16>
    %cst_35 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %220 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %221 = stablehlo.multiply %220, %219 : tensor<16x512x256x6144xf16>
    %222 = stablehlo.multiply %209, %221 : tensor<16x512x256x6144xf16>
    %223 = stablehlo.dot_general %111, %222, batching_dims = [0] x [0], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<16x6144x768xf16>, tensor<16x512x256x6144xf16>) -> tensor<16x768x512x256xf16>
    %224 = stablehlo.transpose %223, dims = [2, 0, 3, 1] : (tensor<16x768x512x256xf16>) -> tensor<512x16x256x768xf16>
    %225 = stablehlo.dot_general %202, %224, batching_dims = [0] x [0], contracting_dims = [3, 2] x [2, 1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x16x256xf16>, tensor<512x16x256x768xf16>) -> tensor<512x2048x768xf16>
    %226 = stablehlo.reshape %225 : (tensor<512x2048x768xf16>) -> tensor<1024x1024x768xf16>
    %227 = stablehlo.add %79, %226 : tensor<1024x1024x768xf16>
    %228 = stablehlo.convert %227 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %229 = chlo.square %228 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %230 = stablehlo.reduce(%228 init: %cst_36) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_37 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %231 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %232 = stablehlo.divide %230, %231 : tensor<1024x1024xf32>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %233 = stablehlo.reduce(%229 init: %cst_38) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_39 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %234 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %235 = stablehlo.divide %233, %234 : tensor<1024x1024xf32>
    %236 = chlo.square %232 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %237 = stablehlo.subtract %235, %236 : tensor<1024x1024xf32>
    %cst_40 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %239 = stablehlo.maximum %238, %237 : tensor<1024x1024xf32>
    %240 = stablehlo.broadcast_in_dim %232, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %241 = stablehlo.broadcast_in_dim %239, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %242 = stablehlo.convert %227 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %243 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %244 = stablehlo.subtract %242, %243 : tensor<1024x1024x768xf32>
    %cst_41 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %246 = stablehlo.add %241, %245 : tensor<1024x1024x1xf32>
    %247 = stablehlo.rsqrt %246 : tensor<1024x1024x1xf32>
    %248 = stablehlo.reshape %arg20 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %249 = stablehlo.broadcast_in_dim %247, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %250 = stablehlo.broadcast_in_dim %248, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %251 = stablehlo.multiply %249, %250 : tensor<1024x1024x768xf32>
    %252 = stablehlo.multiply %244, %251 : tensor<1024x1024x768xf32>
    %253 = stablehlo.reshape %arg19 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %255 = stablehlo.add %252, %254 : tensor<1024x1024x768xf32>
    %256 = stablehlo.convert %255 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %257 = stablehlo.convert %arg12 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %258 = stablehlo.convert %arg11 : (tensor<2304xf32>) -> tensor<2304xf16>
    %259 = stablehlo.dot_general %256, %257, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %260 = stablehlo.reshape %258 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %261 = stablehlo.broadcast_in_dim %260, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %262 = stablehlo.add %259, %261 : tensor<1024x1024x2304xf16>
    %263 = stablehlo.reshape %262 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %264 = stablehlo.slice %263 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %265 = stablehlo.reshape %264 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %266 = stablehlo.slice %263 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %267 = stablehlo.reshape %266 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %268 = stablehlo.slice %263 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %269 = stablehlo.reshape %268 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %270 = stablehlo.dot_general %265, %267, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_42 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %271 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %272 = stablehlo.multiply %270, %271 : tensor<1024x16x1024x1024xf16>
    %c_43 = stablehlo.constant dense<true> : tensor<i1>
    %273 = stablehlo.broadcast_in_dim %c_43, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %274 = call @tril(%273) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %275 = stablehlo.broadcast_in_dim %274, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_44 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %276 = call @_where_2(%275, %272, %cst_44) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %cst_45 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %277 = stablehlo.reduce(%276 init: %cst_45) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_46 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %278 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %279 = stablehlo.maximum %278, %277 : tensor<1024x16x1024xf16>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %281 = stablehlo.broadcast_in_dim %280, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %282 = stablehlo.subtract %276, %281 : tensor<1024x16x1024x1024xf16>
    %283 = stablehlo.exponential %282 : tensor<1024x16x1024x1024xf16>
    %284 = stablehlo.convert %283 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %285 = stablehlo.reduce(%284 init: %cst_47) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %287 = stablehlo.convert %286 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %288 = stablehlo.broadcast_in_dim %287, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %289 = stablehlo.divide %283, %288 : tensor<1024x16x1024x1024xf16>
    %290 = stablehlo.dot_general %269, %289, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %291 = stablehlo.transpose %290, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %292 = stablehlo.reshape %291 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %293 = stablehlo.convert %arg14 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %294 = stablehlo.convert %arg13 : (tensor<768xf32>) -> tensor<768xf16>
    %295 = stablehlo.dot_general %292, %293, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %296 = stablehlo.reshape %294 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %297 = stablehlo.broadcast_in_dim %296, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %298 = stablehlo.add %295, %297 : tensor<1024x1024x768xf16>
    %299 = stablehlo.add %227, %298 : tensor<1024x1024x768xf16>
    %300 = stablehlo.convert %299 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %301 = chlo.square %300 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %302 = stablehlo.reduce(%300 init: %cst_48) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_49 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %303 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %304 = stablehlo.divide %302, %303 : tensor<1024x1024xf32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %305 = stablehlo.reduce(%301 init: %cst_50) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_51 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %306 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %307 = stablehlo.divide %305, %306 : tensor<1024x1024xf32>
    %308 = chlo.square %304 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %309 = stablehlo.subtract %307, %308 : tensor<1024x1024xf32>
    %cst_52 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %310 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %311 = stablehlo.maximum %310, %309 : tensor<1024x1024xf32>
    %312 = stablehlo.broadcast_in_dim %304, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %313 = stablehlo.broadcast_in_dim %311, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %314 = stablehlo.convert %299 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %315 = stablehlo.broadcast_in_dim %312, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %316 = stablehlo.subtract %314, %315 : tensor<1024x1024x768xf32>
    %cst_53 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %317 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %318 = stablehlo.add %313, %317 : tensor<1024x1024x1xf32>
    %319 = stablehlo.rsqrt %318 : tensor<1024x1024x1xf32>
    %320 = stablehlo.reshape %arg22 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %321 = stablehlo.broadcast_in_dim %319, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %322 = stablehlo.broadcast_in_dim %320, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %323 = stablehlo.multiply %321, %322 : tensor<1024x1024x768xf32>
    %324 = stablehlo.multiply %316, %323 : tensor<1024x1024x768xf32>
    %325 = stablehlo.reshape %arg21 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %326 = stablehlo.broadcast_in_dim %325, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %327 = stablehlo.add %324, %326 : tensor<1024x1024x768xf32>
    %328 = stablehlo.convert %327 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %329 = stablehlo.convert %arg16 : (tensor<768x6144xf32>) -> tensor<768x6144xf16>
    %330 = stablehlo.convert %arg15 : (tensor<6144xf32>) -> tensor<6144xf16>
    %331 = stablehlo.dot_general %328, %329, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x6144xf16>) -> tensor<1024x1024x6144xf16>
    %332 = stablehlo.reshape %330 : (tensor<6144xf16>) -> tensor<1x1x6144xf16>
    %333 = stablehlo.broadcast_in_dim %332, dims = [0, 1, 2] : (tensor<1x1x6144xf16>) -> tensor<1024x1024x6144xf16>
    %334 = stablehlo.add %331, %333 : tensor<1024x1024x6144xf16>
    %335 = stablehlo.multiply %334, %334 : tensor<1024x1024x6144xf16>
    %336 = stablehlo.multiply %335, %334 : tensor<1024x1024x6144xf16>
    %cst_54 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %337 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %338 = stablehlo.multiply %337, %336 : tensor<1024x1024x6144xf16>
    %339 = stablehlo.add %334, %338 : tensor<1024x1024x6144xf16>
    %cst_55 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %340 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %341 = stablehlo.multiply %340, %339 : tensor<1024x1024x6144xf16>
    %342 = stablehlo.tanh %341 : tensor<1024x1024x6144xf16>
    %cst_56 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %343 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %344 = stablehlo.add %343, %342 : tensor<1024x1024x6144xf16>
    %cst_57 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %345 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %346 = stablehlo.multiply %345, %344 : tensor<1024x1024x6144xf16>
    %347 = stablehlo.multiply %334, %346 : tensor<1024x1024x6144xf16>
    %348 = stablehlo.convert %arg18 : (tensor<6144x768xf32>) -> tensor<6144x768xf16>
    %349 = stablehlo.convert %arg17 : (tensor<768xf32>) -> tensor<768xf16>
    %350 = stablehlo.dot_general %347, %348, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x6144xf16>, tensor<6144x768xf16>) -> tensor<1024x1024x768xf16>
    %351 = stablehlo.reshape %349 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %352 = stablehlo.broadcast_in_dim %351, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %353 = stablehlo.add %350, %352 : tensor<1024x1024x768xf16>
    %354 = stablehlo.add %299, %353 : tensor<1024x1024x768xf16>
    %355 = stablehlo.convert %354 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %356 = chlo.square %355 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %357 = stablehlo.reduce(%355 init: %cst_58) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_59 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %358 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %359 = stablehlo.divide %357, %358 : tensor<1024x1024xf32>
    %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %360 = stablehlo.reduce(%356 init: %cst_60) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_61 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %361 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %362 = stablehlo.divide %360, %361 : tensor<1024x1024xf32>
    %363 = chlo.square %359 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %364 = stablehlo.subtract %362, %363 : tensor<1024x1024xf32>
    %cst_62 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %365 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %366 = stablehlo.maximum %365, %364 : tensor<1024x1024xf32>
    %367 = stablehlo.broadcast_in_dim %359, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %368 = stablehlo.broadcast_in_dim %366, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %369 = stablehlo.convert %354 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %370 = stablehlo.broadcast_in_dim %367, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %371 = stablehlo.subtract %369, %370 : tensor<1024x1024x768xf32>
    %cst_63 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %372 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %373 = stablehlo.add %368, %372 : tensor<1024x1024x1xf32>
    %374 = stablehlo.rsqrt %373 : tensor<1024x1024x1xf32>
    %375 = stablehlo.reshape %arg28 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %376 = stablehlo.broadcast_in_dim %374, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %377 = stablehlo.broadcast_in_dim %375, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %378 = stablehlo.multiply %376, %377 : tensor<1024x1024x768xf32>
    %379 = stablehlo.multiply %371, %378 : tensor<1024x1024x768xf32>
    %380 = stablehlo.reshape %arg27 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %381 = stablehlo.broadcast_in_dim %380, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %382 = stablehlo.add %379, %381 : tensor<1024x1024x768xf32>
    %383 = stablehlo.convert %382 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %384 = stablehlo.convert %arg24 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %385 = stablehlo.convert %arg23 : (tensor<2304xf32>) -> tensor<2304xf16>
    %386 = stablehlo.dot_general %383, %384, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %387 = stablehlo.reshape %385 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %388 = stablehlo.broadcast_in_dim %387, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %389 = stablehlo.add %386, %388 : tensor<1024x1024x2304xf16>
    %390 = stablehlo.reshape %389 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %391 = stablehlo.slice %390 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %392 = stablehlo.reshape %391 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %393 = stablehlo.slice %390 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %394 = stablehlo.reshape %393 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %395 = stablehlo.slice %390 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %396 = stablehlo.reshape %395 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %397 = stablehlo.dot_general %392, %394, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_64 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %398 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %399 = stablehlo.multiply %397, %398 : tensor<1024x16x1024x1024xf16>
    %c_65 = stablehlo.constant dense<true> : tensor<i1>
    %400 = stablehlo.broadcast_in_dim %c_65, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %401 = call @tril(%400) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %402 = stablehlo.broadcast_in_dim %401, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_66 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %403 = call @_where_2(%402, %399, %cst_66) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %cst_67 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %404 = stablehlo.reduce(%403 init: %cst_67) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_68 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %405 = stablehlo.broadcast_in_dim %cst_68, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %406 = stablehlo.maximum %405, %404 : tensor<1024x16x1024xf16>
    %407 = stablehlo.broadcast_in_dim %406, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %408 = stablehlo.broadcast_in_dim %407, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %409 = stablehlo.subtract %403, %408 : tensor<1024x16x1024x1024xf16>
    %410 = stablehlo.exponential %409 : tensor<1024x16x1024x1024xf16>
    %411 = stablehlo.convert %410 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_69 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %412 = stablehlo.reduce(%411 init: %cst_69) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %413 = stablehlo.broadcast_in_dim %412, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %414 = stablehlo.convert %413 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %415 = stablehlo.broadcast_in_dim %414, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %416 = stablehlo.divide %410, %415 : tensor<1024x16x1024x1024xf16>
    %417 = stablehlo.dot_general %396, %416, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %418 = stablehlo.transpose %417, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %419 = stablehlo.reshape %418 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %420 = stablehlo.convert %arg26 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %421 = stablehlo.convert %arg25 : (tensor<768xf32>) -> tensor<768xf16>
    %422 = stablehlo.dot_general %419, %420, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %423 = stablehlo.reshape %421 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %424 = stablehlo.broadcast_in_dim %423, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %425 = stablehlo.add %422, %424 : tensor<1024x1024x768xf16>
    %426 = stablehlo.add %354, %425 : tensor<1024x1024x768xf16>
    %427 = stablehlo.convert %426 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %428 = chlo.square %427 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %429 = stablehlo.reduce(%427 init: %cst_70) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_71 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %430 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %431 = stablehlo.divide %429, %430 : tensor<1024x1024xf32>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %432 = stablehlo.reduce(%428 init: %cst_72) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_73 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %433 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %434 = stablehlo.divide %432, %433 : tensor<1024x1024xf32>
    %435 = chlo.square %431 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %436 = stablehlo.subtract %434, %435 : tensor<1024x1024xf32>
    %cst_74 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %437 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %438 = stablehlo.maximum %437, %436 : tensor<1024x1024xf32>
    %439 = stablehlo.broadcast_in_dim %431, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %440 = stablehlo.broadcast_in_dim %438, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %441 = stablehlo.convert %426 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %442 = stablehlo.broadcast_in_dim %439, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %443 = stablehlo.subtract %441, %442 : tensor<1024x1024x768xf32>
    %cst_75 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %444 = stablehlo.broadcast_in_dim %cst_75, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %445 = stablehlo.add %440, %444 : tensor<1024x1024x1xf32>
    %446 = stablehlo.rsqrt %445 : tensor<1024x1024x1xf32>
    %447 = stablehlo.reshape %arg30 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %448 = stablehlo.broadcast_in_dim %446, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %449 = stablehlo.broadcast_in_dim %447, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %450 = stablehlo.multiply %448, %449 : tensor<1024x1024x768xf32>
    %451 = stablehlo.multiply %443, %450 : tensor<1024x1024x768xf32>
    %452 = stablehlo.reshape %arg29 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %453 = stablehlo.broadcast_in_dim %452, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %454 = stablehlo.add %451, %453 : tensor<1024x1024x768xf32>
    %455 = stablehlo.convert %454 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %456 = stablehlo.convert %arg31 : (tensor<768x16xf32>) -> tensor<768x16xf16>
    %457 = stablehlo.convert %arg32 : (tensor<16x768x6144xf32>) -> tensor<16x768x6144xf16>
    %458 = stablehlo.convert %arg33 : (tensor<16x6144x768xf32>) -> tensor<16x6144x768xf16>
    %459 = stablehlo.reshape %455 : (tensor<1024x1024x768xf16>) -> tensor<512x2048x768xf16>
    %460 = stablehlo.dot_general %459, %456, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<768x16xf16>) -> tensor<512x2048x16xf16>
    %cst_76 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %461 = stablehlo.reduce(%460 init: %cst_76) applies stablehlo.maximum across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %cst_77 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %462 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %463 = stablehlo.maximum %462, %461 : tensor<512x2048xf16>
    %464 = stablehlo.broadcast_in_dim %463, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %465 = stablehlo.broadcast_in_dim %464, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %466 = stablehlo.subtract %460, %465 : tensor<512x2048x16xf16>
    %467 = stablehlo.exponential %466 : tensor<512x2048x16xf16>
    %468 = stablehlo.convert %467 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_78 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %469 = stablehlo.reduce(%468 init: %cst_78) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %470 = stablehlo.broadcast_in_dim %469, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x1xf32>
    %471 = stablehlo.convert %470 : (tensor<512x2048x1xf32>) -> tensor<512x2048x1xf16>
    %472 = stablehlo.broadcast_in_dim %471, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %473 = stablehlo.divide %467, %472 : tensor<512x2048x16xf16>
    %474 = call @argmax(%473) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %475 = call @_one_hot(%474) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %476 = stablehlo.convert %475 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %477 = stablehlo.multiply %473, %476 : tensor<512x2048x16xf16>
    %478 = stablehlo.convert %477 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_79 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %479 = stablehlo.reduce(%478 init: %cst_79) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %480 = stablehlo.convert %479 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %c_80 = stablehlo.constant dense<1> : tensor<i32>
    %481 = stablehlo.broadcast_in_dim %c_80, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %482 = stablehlo.subtract %481, %475 : tensor<512x2048x16xi32>
    %483 = stablehlo.convert %482 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %484 = stablehlo.multiply %473, %483 : tensor<512x2048x16xf16>
    %485 = call @argmax(%484) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %486 = call @_one_hot(%485) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %487 = stablehlo.convert %486 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %488 = stablehlo.multiply %484, %487 : tensor<512x2048x16xf16>
    %489 = stablehlo.convert %488 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_81 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %490 = stablehlo.reduce(%489 init: %cst_81) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %491 = stablehlo.convert %490 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %492 = call @cumsum(%475) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %493 = stablehlo.subtract %492, %475 : tensor<512x2048x16xi32>
    %c_82 = stablehlo.constant dense<256> : tensor<i32>
    %494 = stablehlo.broadcast_in_dim %c_82, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %495 = stablehlo.compare LT, %493, %494, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %496 = stablehlo.convert %495 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %497 = stablehlo.multiply %475, %496 : tensor<512x2048x16xi32>
    %498 = stablehlo.multiply %493, %497 : tensor<512x2048x16xi32>
    %c_83 = stablehlo.constant dense<0> : tensor<i32>
    %499 = stablehlo.reduce(%498 init: %c_83) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_84 = stablehlo.constant dense<0> : tensor<i32>
    %500 = stablehlo.reduce(%497 init: %c_84) applies stablehlo.add across dimensions = [1] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x16xi32>
    %c_85 = stablehlo.constant dense<0> : tensor<i32>
    %501 = stablehlo.reduce(%497 init: %c_85) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %502 = call @cumsum(%486) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %503 = stablehlo.subtract %502, %486 : tensor<512x2048x16xi32>
    %504 = stablehlo.broadcast_in_dim %500, dims = [0, 2] : (tensor<512x16xi32>) -> tensor<512x1x16xi32>
    %505 = stablehlo.broadcast_in_dim %504, dims = [0, 1, 2] : (tensor<512x1x16xi32>) -> tensor<512x2048x16xi32>
    %506 = stablehlo.add %503, %505 : tensor<512x2048x16xi32>
    %c_86 = stablehlo.constant dense<256> : tensor<i32>
    %507 = stablehlo.broadcast_in_dim %c_86, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %508 = stablehlo.compare LT, %506, %507, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %509 = stablehlo.convert %508 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %510 = stablehlo.multiply %486, %509 : tensor<512x2048x16xi32>
    %511 = stablehlo.multiply %506, %510 : tensor<512x2048x16xi32>
    %c_87 = stablehlo.constant dense<0> : tensor<i32>
    %512 = stablehlo.reduce(%511 init: %c_87) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_88 = stablehlo.constant dense<0> : tensor<i32>
    %513 = stablehlo.reduce(%510 init: %c_88) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %514 = stablehlo.convert %501 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %515 = stablehlo.multiply %480, %514 : tensor<512x2048xf16>
    %516 = stablehlo.convert %513 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %517 = stablehlo.multiply %491, %516 : tensor<512x2048xf16>
    %518 = stablehlo.add %515, %517 : tensor<512x2048xf16>
    %cst_89 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %519 = stablehlo.broadcast_in_dim %cst_89, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %520 = stablehlo.compare GT, %518, %519, FLOAT : (tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xi1>
    %cst_90 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %521 = stablehlo.broadcast_in_dim %cst_90, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %522 = call @_where_4(%520, %518, %521) : (tensor<512x2048xi1>, tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xf16>
    %523 = stablehlo.divide %515, %522 : tensor<512x2048xf16>
    %524 = stablehlo.divide %517, %522 : tensor<512x2048xf16>
    %525 = stablehlo.convert %501 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %526 = stablehlo.multiply %523, %525 : tensor<512x2048xf16>
    %527 = stablehlo.broadcast_in_dim %526, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %528 = call @_one_hot_5(%474) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %529 = stablehlo.broadcast_in_dim %527, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %530 = stablehlo.multiply %529, %528 : tensor<512x2048x16xf16>
    %531 = call @_one_hot_6(%499) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %532 = stablehlo.broadcast_in_dim %530, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %533 = stablehlo.broadcast_in_dim %531, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %534 = stablehlo.broadcast_in_dim %532, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %535 = stablehlo.broadcast_in_dim %533, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %536 = stablehlo.multiply %534, %535 : tensor<512x2048x16x256xf16>
    %537 = stablehlo.convert %513 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %538 = stablehlo.multiply %524, %537 : tensor<512x2048xf16>
    %539 = stablehlo.broadcast_in_dim %538, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %540 = call @_one_hot_5(%485) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %541 = stablehlo.broadcast_in_dim %539, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %542 = stablehlo.multiply %541, %540 : tensor<512x2048x16xf16>
    %543 = call @_one_hot_6(%512) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %544 = stablehlo.broadcast_in_dim %542, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %545 = stablehlo.broadcast_in_dim %543, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %546 = stablehlo.broadcast_in_dim %544, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %547 = stablehlo.broadcast_in_dim %545, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %548 = stablehlo.multiply %546, %547 : tensor<512x2048x16x256xf16>
    %549 = stablehlo.add %536, %548 : tensor<512x2048x16x256xf16>
    %cst_91 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %550 = stablehlo.broadcast_in_dim %cst_91, dims = [] : (tensor<f16>) -> tensor<512x2048x16x256xf16>
    %551 = stablehlo.compare NE, %549, %550, FLOAT : (tensor<512x2048x16x256xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x2048x16x256xi1>
    %552 = stablehlo.convert %551 : tensor<512x2048x16x256xi1>
    %553 = stablehlo.convert %552 : (tensor<512x2048x16x256xi1>) -> tensor<512x2048x16x256xf16>
    %554 = stablehlo.dot_general %459, %553, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x16x256xf16>
    %555 = stablehlo.transpose %554, dims = [2, 0, 3, 1] : (tensor<512x768x16x256xf16>) -> tensor<16x512x256x768xf16>
    %556 = stablehlo.dot_general %555, %457, batching_dims = [0] x [0], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x768xf16>, tensor<16x768x6144xf16>) -> tensor<16x512x256x6144xf16>
    %557 = stablehlo.multiply %556, %556 : tensor<16x512x256x6144xf16>
    %558 = stablehlo.multiply %557, %556 : tensor<16x512x256x6144xf16>
    %cst_92 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %559 = stablehlo.broadcast_in_dim %cst_92, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %560 = stablehlo.multiply %559, %558 : tensor<16x512x256x6144xf16>
    %561 = stablehlo.add %556, %560 : tensor<16x512x256x6144xf16>
    %cst_93 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %562 = stablehlo.broadcast_in_dim %cst_93, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %563 = stablehlo.multiply %562, %561 : tensor<16x512x256x6144xf16>
    %564 = stablehlo.tanh %563 : tensor<16x512x256x6144xf16>
    %cst_94 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %565 = stablehlo.broadcast_in_dim %cst_94, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %566 = stablehlo.add %565, %564 : tensor<16x512x256x6144xf16>
    %cst_95 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %567 = stablehlo.broadcast_in_dim %cst_95, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %568 = stablehlo.multiply %567, %566 : tensor<16x512x256x6144xf16>
    %569 = stablehlo.multiply %556, %568 : tensor<16x512x256x6144xf16>
    %570 = stablehlo.dot_general %458, %569, batching_dims = [0] x [0], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<16x6144x768xf16>, tensor<16x512x256x6144xf16>) -> tensor<16x768x512x256xf16>
    %571 = stablehlo.transpose %570, dims = [2, 0, 3, 1] : (tensor<16x768x512x256xf16>) -> tensor<512x16x256x768xf16>
    %572 = stablehlo.dot_general %549, %571, batching_dims = [0] x [0], contracting_dims = [3, 2] x [2, 1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x16x256xf16>, tensor<512x16x256x768xf16>) -> tensor<512x2048x768xf16>
    %573 = stablehlo.reshape %572 : (tensor<512x2048x768xf16>) -> tensor<1024x1024x768xf16>
    %574 = stablehlo.add %426, %573 : tensor<1024x1024x768xf16>
    %575 = stablehlo.convert %574 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %576 = chlo.square %575 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_96 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %577 = stablehlo.reduce(%575 init: %cst_96) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_97 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %578 = stablehlo.broadcast_in_dim %cst_97, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %579 = stablehlo.divide %577, %578 : tensor<1024x1024xf32>
    %cst_98 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %580 = stablehlo.reduce(%576 init: %cst_98) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_99 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %581 = stablehlo.broadcast_in_dim %cst_99, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %582 = stablehlo.divide %580, %581 : tensor<1024x1024xf32>
    %583 = chlo.square %579 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %584 = stablehlo.subtract %582, %583 : tensor<1024x1024xf32>
    %cst_100 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %585 = stablehlo.broadcast_in_dim %cst_100, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %586 = stablehlo.maximum %585, %584 : tensor<1024x1024xf32>
    %587 = stablehlo.broadcast_in_dim %579, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %588 = stablehlo.broadcast_in_dim %586, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %589 = stablehlo.convert %574 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %590 = stablehlo.broadcast_in_dim %587, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %591 = stablehlo.subtract %589, %590 : tensor<1024x1024x768xf32>
    %cst_101 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %592 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %593 = stablehlo.add %588, %592 : tensor<1024x1024x1xf32>
    %594 = stablehlo.rsqrt %593 : tensor<1024x1024x1xf32>
    %595 = stablehlo.reshape %arg43 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %596 = stablehlo.broadcast_in_dim %594, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %597 = stablehlo.broadcast_in_dim %595, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %598 = stablehlo.multiply %596, %597 : tensor<1024x1024x768xf32>
    %599 = stablehlo.multiply %591, %598 : tensor<1024x1024x768xf32>
    %600 = stablehlo.reshape %arg42 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %601 = stablehlo.broadcast_in_dim %600, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %602 = stablehlo.add %599, %601 : tensor<1024x1024x768xf32>
    %603 = stablehlo.convert %602 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %604 = stablehlo.convert %arg35 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %605 = stablehlo.convert %arg34 : (tensor<2304xf32>) -> tensor<2304xf16>
    %606 = stablehlo.dot_general %603, %604, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %607 = stablehlo.reshape %605 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %608 = stablehlo.broadcast_in_dim %607, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %609 = stablehlo.add %606, %608 : tensor<1024x1024x2304xf16>
    %610 = stablehlo.reshape %609 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %611 = stablehlo.slice %610 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %612 = stablehlo.reshape %611 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %613 = stablehlo.slice %610 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %614 = stablehlo.reshape %613 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %615 = stablehlo.slice %610 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %616 = stablehlo.reshape %615 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %617 = stablehlo.dot_general %612, %614, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_102 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %618 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %619 = stablehlo.multiply %617, %618 : tensor<1024x16x1024x1024xf16>
    %c_103 = stablehlo.constant dense<true> : tensor<i1>
    %620 = stablehlo.broadcast_in_dim %c_103, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %621 = call @tril(%620) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %622 = stablehlo.broadcast_in_dim %621, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_104 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %623 = call @_where_2(%622, %619, %cst_104) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %cst_105 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %624 = stablehlo.reduce(%623 init: %cst_105) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_106 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %625 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %626 = stablehlo.maximum %625, %624 : tensor<1024x16x1024xf16>
    %627 = stablehlo.broadcast_in_dim %626, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %628 = stablehlo.broadcast_in_dim %627, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %629 = stablehlo.subtract %623, %628 : tensor<1024x16x1024x1024xf16>
    %630 = stablehlo.exponential %629 : tensor<1024x16x1024x1024xf16>
    %631 = stablehlo.convert %630 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_107 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %632 = stablehlo.reduce(%631 init: %cst_107) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %633 = stablehlo.broadcast_in_dim %632, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %634 = stablehlo.convert %633 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %635 = stablehlo.broadcast_in_dim %634, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %636 = stablehlo.divide %630, %635 : tensor<1024x16x1024x1024xf16>
    %637 = stablehlo.dot_general %616, %636, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %638 = stablehlo.transpose %637, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %639 = stablehlo.reshape %638 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %640 = stablehlo.convert %arg37 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %641 = stablehlo.convert %arg36 : (tensor<768xf32>) -> tensor<768xf16>
    %642 = stablehlo.dot_general %639, %640, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %643 = stablehlo.reshape %641 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %644 = stablehlo.broadcast_in_dim %643, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %645 = stablehlo.add %642, %644 : tensor<1024x1024x768xf16>
    %646 = stablehlo.add %574, %645 : tensor<1024x1024x768xf16>
    %647 = stablehlo.convert %646 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %648 = chlo.square %647 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_108 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %649 = stablehlo.reduce(%647 init: %cst_108) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_109 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %650 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %651 = stablehlo.divide %649, %650 : tensor<1024x1024xf32>
    %cst_110 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %652 = stablehlo.reduce(%648 init: %cst_110) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_111 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %653 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %654 = stablehlo.divide %652, %653 : tensor<1024x1024xf32>
    %655 = chlo.square %651 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %656 = stablehlo.subtract %654, %655 : tensor<1024x1024xf32>
    %cst_112 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %657 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %658 = stablehlo.maximum %657, %656 : tensor<1024x1024xf32>
    %659 = stablehlo.broadcast_in_dim %651, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %660 = stablehlo.broadcast_in_dim %658, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %661 = stablehlo.convert %646 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %662 = stablehlo.broadcast_in_dim %659, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %663 = stablehlo.subtract %661, %662 : tensor<1024x1024x768xf32>
    %cst_113 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %664 = stablehlo.broadcast_in_dim %cst_113, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %665 = stablehlo.add %660, %664 : tensor<1024x1024x1xf32>
    %666 = stablehlo.rsqrt %665 : tensor<1024x1024x1xf32>
    %667 = stablehlo.reshape %arg45 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %668 = stablehlo.broadcast_in_dim %666, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %669 = stablehlo.broadcast_in_dim %667, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %670 = stablehlo.multiply %668, %669 : tensor<1024x1024x768xf32>
    %671 = stablehlo.multiply %663, %670 : tensor<1024x1024x768xf32>
    %672 = stablehlo.reshape %arg44 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %673 = stablehlo.broadcast_in_dim %672, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %674 = stablehlo.add %671, %673 : tensor<1024x1024x768xf32>
    %675 = stablehlo.convert %674 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %676 = stablehlo.convert %arg39 : (tensor<768x6144xf32>) -> tensor<768x6144xf16>
    %677 = stablehlo.convert %arg38 : (tensor<6144xf32>) -> tensor<6144xf16>
    %678 = stablehlo.dot_general %675, %676, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x6144xf16>) -> tensor<1024x1024x6144xf16>
    %679 = stablehlo.reshape %677 : (tensor<6144xf16>) -> tensor<1x1x6144xf16>
    %680 = stablehlo.broadcast_in_dim %679, dims = [0, 1, 2] : (tensor<1x1x6144xf16>) -> tensor<1024x1024x6144xf16>
    %681 = stablehlo.add %678, %680 : tensor<1024x1024x6144xf16>
    %682 = stablehlo.multiply %681, %681 : tensor<1024x1024x6144xf16>
    %683 = stablehlo.multiply %682, %681 : tensor<1024x1024x6144xf16>
    %cst_114 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %684 = stablehlo.broadcast_in_dim %cst_114, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %685 = stablehlo.multiply %684, %683 : tensor<1024x1024x6144xf16>
    %686 = stablehlo.add %681, %685 : tensor<1024x1024x6144xf16>
    %cst_115 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %687 = stablehlo.broadcast_in_dim %cst_115, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %688 = stablehlo.multiply %687, %686 : tensor<1024x1024x6144xf16>
    %689 = stablehlo.tanh %688 : tensor<1024x1024x6144xf16>
    %cst_116 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %690 = stablehlo.broadcast_in_dim %cst_116, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %691 = stablehlo.add %690, %689 : tensor<1024x1024x6144xf16>
    %cst_117 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %692 = stablehlo.broadcast_in_dim %cst_117, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %693 = stablehlo.multiply %692, %691 : tensor<1024x1024x6144xf16>
    %694 = stablehlo.multiply %681, %693 : tensor<1024x1024x6144xf16>
    %695 = stablehlo.convert %arg41 : (tensor<6144x768xf32>) -> tensor<6144x768xf16>
    %696 = stablehlo.convert %arg40 : (tensor<768xf32>) -> tensor<768xf16>
    %697 = stablehlo.dot_general %694, %695, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x6144xf16>, tensor<6144x768xf16>) -> tensor<1024x1024x768xf16>
    %698 = stablehlo.reshape %696 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %699 = stablehlo.broadcast_in_dim %698, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %700 = stablehlo.add %697, %699 : tensor<1024x1024x768xf16>
    %701 = stablehlo.add %646, %700 : tensor<1024x1024x768xf16>
    %702 = stablehlo.convert %701 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %703 = chlo.square %702 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_118 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %704 = stablehlo.reduce(%702 init: %cst_118) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_119 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %705 = stablehlo.broadcast_in_dim %cst_119, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %706 = stablehlo.divide %704, %705 : tensor<1024x1024xf32>
    %cst_120 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %707 = stablehlo.reduce(%703 init: %cst_120) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_121 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %708 = stablehlo.broadcast_in_dim %cst_121, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %709 = stablehlo.divide %707, %708 : tensor<1024x1024xf32>
    %710 = chlo.square %706 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %711 = stablehlo.subtract %709, %710 : tensor<1024x1024xf32>
    %cst_122 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %712 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %713 = stablehlo.maximum %712, %711 : tensor<1024x1024xf32>
    %714 = stablehlo.broadcast_in_dim %706, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %715 = stablehlo.broadcast_in_dim %713, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %716 = stablehlo.convert %701 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %717 = stablehlo.broadcast_in_dim %714, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %718 = stablehlo.subtract %716, %717 : tensor<1024x1024x768xf32>
    %cst_123 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %719 = stablehlo.broadcast_in_dim %cst_123, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %720 = stablehlo.add %715, %719 : tensor<1024x1024x1xf32>
    %721 = stablehlo.rsqrt %720 : tensor<1024x1024x1xf32>
    %722 = stablehlo.reshape %arg51 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %723 = stablehlo.broadcast_in_dim %721, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %724 = stablehlo.broadcast_in_dim %722, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %725 = stablehlo.multiply %723, %724 : tensor<1024x1024x768xf32>
    %726 = stablehlo.multiply %718, %725 : tensor<1024x1024x768xf32>
    %727 = stablehlo.reshape %arg50 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %728 = stablehlo.broadcast_in_dim %727, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %729 = stablehlo.add %726, %728 : tensor<1024x1024x768xf32>
    %730 = stablehlo.convert %729 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %731 = stablehlo.convert %arg47 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %732 = stablehlo.convert %arg46 : (tensor<2304xf32>) -> tensor<2304xf16>
    %733 = stablehlo.dot_general %730, %731, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %734 = stablehlo.reshape %732 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %735 = stablehlo.broadcast_in_dim %734, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %736 = stablehlo.add %733, %735 : tensor<1024x1024x2304xf16>
    %737 = stablehlo.reshape %736 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %738 = stablehlo.slice %737 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %739 = stablehlo.reshape %738 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %740 = stablehlo.slice %737 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %741 = stablehlo.reshape %740 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %742 = stablehlo.slice %737 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %743 = stablehlo.reshape %742 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %744 = stablehlo.dot_general %739, %741, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_124 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %745 = stablehlo.broadcast_in_dim %cst_124, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %746 = stablehlo.multiply %744, %745 : tensor<1024x16x1024x1024xf16>
    %c_125 = stablehlo.constant dense<true> : tensor<i1>
    %747 = stablehlo.broadcast_in_dim %c_125, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %748 = call @tril(%747) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %749 = stablehlo.broadcast_in_dim %748, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_126 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %750 = call @_where_2(%749, %746, %cst_126) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %cst_127 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %751 = stablehlo.reduce(%750 init: %cst_127) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_128 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %752 = stablehlo.broadcast_in_dim %cst_128, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %753 = stablehlo.maximum %752, %751 : tensor<1024x16x1024xf16>
    %754 = stablehlo.broadcast_in_dim %753, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %755 = stablehlo.broadcast_in_dim %754, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %756 = stablehlo.subtract %750, %755 : tensor<1024x16x1024x1024xf16>
    %757 = stablehlo.exponential %756 : tensor<1024x16x1024x1024xf16>
    %758 = stablehlo.convert %757 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_129 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %759 = stablehlo.reduce(%758 init: %cst_129) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %760 = stablehlo.broadcast_in_dim %759, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %761 = stablehlo.convert %760 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %762 = stablehlo.broadcast_in_dim %761, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %763 = stablehlo.divide %757, %762 : tensor<1024x16x1024x1024xf16>
    %764 = stablehlo.dot_general %743, %763, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %765 = stablehlo.transpose %764, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %766 = stablehlo.reshape %765 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %767 = stablehlo.convert %arg49 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %768 = stablehlo.convert %arg48 : (tensor<768xf32>) -> tensor<768xf16>
    %769 = stablehlo.dot_general %766, %767, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %770 = stablehlo.reshape %768 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %771 = stablehlo.broadcast_in_dim %770, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %772 = stablehlo.add %769, %771 : tensor<1024x1024x768xf16>
    %773 = stablehlo.add %701, %772 : tensor<1024x1024x768xf16>
    %774 = stablehlo.convert %773 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %775 = chlo.square %774 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_130 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %776 = stablehlo.reduce(%774 init: %cst_130) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_131 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %777 = stablehlo.broadcast_in_dim %cst_131, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %778 = stablehlo.divide %776, %777 : tensor<1024x1024xf32>
    %cst_132 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %779 = stablehlo.reduce(%775 init: %cst_132) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_133 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %780 = stablehlo.broadcast_in_dim %cst_133, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %781 = stablehlo.divide %779, %780 : tensor<1024x1024xf32>
    %782 = chlo.square %778 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %783 = stablehlo.subtract %781, %782 : tensor<1024x1024xf32>
    %cst_134 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %784 = stablehlo.broadcast_in_dim %cst_134, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %785 = stablehlo.maximum %784, %783 : tensor<1024x1024xf32>
    %786 = stablehlo.broadcast_in_dim %778, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %787 = stablehlo.broadcast_in_dim %785, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %788 = stablehlo.convert %773 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %789 = stablehlo.broadcast_in_dim %786, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %790 = stablehlo.subtract %788, %789 : tensor<1024x1024x768xf32>
    %cst_135 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %791 = stablehlo.broadcast_in_dim %cst_135, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %792 = stablehlo.add %787, %791 : tensor<1024x1024x1xf32>
    %793 = stablehlo.rsqrt %792 : tensor<1024x1024x1xf32>
    %794 = stablehlo.reshape %arg53 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %795 = stablehlo.broadcast_in_dim %793, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %796 = stablehlo.broadcast_in_dim %794, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %797 = stablehlo.multiply %795, %796 : tensor<1024x1024x768xf32>
    %798 = stablehlo.multiply %790, %797 : tensor<1024x1024x768xf32>
    %799 = stablehlo.reshape %arg52 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %800 = stablehlo.broadcast_in_dim %799, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %801 = stablehlo.add %798, %800 : tensor<1024x1024x768xf32>
    %802 = stablehlo.convert %801 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %803 = stablehlo.convert %arg54 : (tensor<768x16xf32>) -> tensor<768x16xf16>
    %804 = stablehlo.convert %arg55 : (tensor<16x768x6144xf32>) -> tensor<16x768x6144xf16>
    %805 = stablehlo.convert %arg56 : (tensor<16x6144x768xf32>) -> tensor<16x6144x768xf16>
    %806 = stablehlo.reshape %802 : (tensor<1024x1024x768xf16>) -> tensor<512x2048x768xf16>
    %807 = stablehlo.dot_general %806, %803, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<768x16xf16>) -> tensor<512x2048x16xf16>
    %cst_136 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %808 = stablehlo.reduce(%807 init: %cst_136) applies stablehlo.maximum across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %cst_137 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %809 = stablehlo.broadcast_in_dim %cst_137, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %810 = stablehlo.maximum %809, %808 : tensor<512x2048xf16>
    %811 = stablehlo.broadcast_in_dim %810, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %812 = stablehlo.broadcast_in_dim %811, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %813 = stablehlo.subtract %807, %812 : tensor<512x2048x16xf16>
    %814 = stablehlo.exponential %813 : tensor<512x2048x16xf16>
    %815 = stablehlo.convert %814 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_138 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %816 = stablehlo.reduce(%815 init: %cst_138) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %817 = stablehlo.broadcast_in_dim %816, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x1xf32>
    %818 = stablehlo.convert %817 : (tensor<512x2048x1xf32>) -> tensor<512x2048x1xf16>
    %819 = stablehlo.broadcast_in_dim %818, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %820 = stablehlo.divide %814, %819 : tensor<512x2048x16xf16>
    %821 = call @argmax(%820) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %822 = call @_one_hot(%821) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %823 = stablehlo.convert %822 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %824 = stablehlo.multiply %820, %823 : tensor<512x2048x16xf16>
    %825 = stablehlo.convert %824 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_139 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %826 = stablehlo.reduce(%825 init: %cst_139) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %827 = stablehlo.convert %826 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %c_140 = stablehlo.constant dense<1> : tensor<i32>
    %828 = stablehlo.broadcast_in_dim %c_140, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %829 = stablehlo.subtract %828, %822 : tensor<512x2048x16xi32>
    %830 = stablehlo.convert %829 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %831 = stablehlo.multiply %820, %830 : tensor<512x2048x16xf16>
    %832 = call @argmax(%831) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %833 = call @_one_hot(%832) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %834 = stablehlo.convert %833 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %835 = stablehlo.multiply %831, %834 : tensor<512x2048x16xf16>
    %836 = stablehlo.convert %835 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_141 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %837 = stablehlo.reduce(%836 init: %cst_141) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %838 = stablehlo.convert %837 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %839 = call @cumsum(%822) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %840 = stablehlo.subtract %839, %822 : tensor<512x2048x16xi32>
    %c_142 = stablehlo.constant dense<256> : tensor<i32>
    %841 = stablehlo.broadcast_in_dim %c_142, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %842 = stablehlo.compare LT, %840, %841, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %843 = stablehlo.convert %842 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %844 = stablehlo.multiply %822, %843 : tensor<512x2048x16xi32>
    %845 = stablehlo.multiply %840, %844 : tensor<512x2048x16xi32>
    %c_143 = stablehlo.constant dense<0> : tensor<i32>
    %846 = stablehlo.reduce(%845 init: %c_143) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_144 = stablehlo.constant dense<0> : tensor<i32>
    %847 = stablehlo.reduce(%844 init: %c_144) applies stablehlo.add across dimensions = [1] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x16xi32>
    %c_145 = stablehlo.constant dense<0> : tensor<i32>
    %848 = stablehlo.reduce(%844 init: %c_145) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %849 = call @cumsum(%833) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %850 = stablehlo.subtract %849, %833 : tensor<512x2048x16xi32>
    %851 = stablehlo.broadcast_in_dim %847, dims = [0, 2] : (tensor<512x16xi32>) -> tensor<512x1x16xi32>
    %852 = stablehlo.broadcast_in_dim %851, dims = [0, 1, 2] : (tensor<512x1x16xi32>) -> tensor<512x2048x16xi32>
    %853 = stablehlo.add %850, %852 : tensor<512x2048x16xi32>
    %c_146 = stablehlo.constant dense<256> : tensor<i32>
    %854 = stablehlo.broadcast_in_dim %c_146, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %855 = stablehlo.compare LT, %853, %854, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %856 = stablehlo.convert %855 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %857 = stablehlo.multiply %833, %856 : tensor<512x2048x16xi32>
    %858 = stablehlo.multiply %853, %857 : tensor<512x2048x16xi32>
    %c_147 = stablehlo.constant dense<0> : tensor<i32>
    %859 = stablehlo.reduce(%858 init: %c_147) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_148 = stablehlo.constant dense<0> : tensor<i32>
    %860 = stablehlo.reduce(%857 init: %c_148) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %861 = stablehlo.convert %848 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %862 = stablehlo.multiply %827, %861 : tensor<512x2048xf16>
    %863 = stablehlo.convert %860 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %864 = stablehlo.multiply %838, %863 : tensor<512x2048xf16>
    %865 = stablehlo.add %862, %864 : tensor<512x2048xf16>
    %cst_149 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %866 = stablehlo.broadcast_in_dim %cst_149, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %867 = stablehlo.compare GT, %865, %866, FLOAT : (tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xi1>
    %cst_150 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %868 = stablehlo.broadcast_in_dim %cst_150, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %869 = call @_where_4(%867, %865, %868) : (tensor<512x2048xi1>, tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xf16>
    %870 = stablehlo.divide %862, %869 : tensor<512x2048xf16>
    %871 = stablehlo.divide %864, %869 : tensor<512x2048xf16>
    %872 = stablehlo.convert %848 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %873 = stablehlo.multiply %870, %872 : tensor<512x2048xf16>
    %874 = stablehlo.broadcast_in_dim %873, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %875 = call @_one_hot_5(%821) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %876 = stablehlo.broadcast_in_dim %874, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %877 = stablehlo.multiply %876, %875 : tensor<512x2048x16xf16>
    %878 = call @_one_hot_6(%846) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %879 = stablehlo.broadcast_in_dim %877, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %880 = stablehlo.broadcast_in_dim %878, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %881 = stablehlo.broadcast_in_dim %879, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %882 = stablehlo.broadcast_in_dim %880, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %883 = stablehlo.multiply %881, %882 : tensor<512x2048x16x256xf16>
    %884 = stablehlo.convert %860 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %885 = stablehlo.multiply %871, %884 : tensor<512x2048xf16>
    %886 = stablehlo.broadcast_in_dim %885, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %887 = call @_one_hot_5(%832) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %888 = stablehlo.broadcast_in_dim %886, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %889 = stablehlo.multiply %888, %887 : tensor<512x2048x16xf16>
    %890 = call @_one_hot_6(%859) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %891 = stablehlo.broadcast_in_dim %889, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %892 = stablehlo.broadcast_in_dim %890, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %893 = stablehlo.broadcast_in_dim %891, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %894 = stablehlo.broadcast_in_dim %892, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %895 = stablehlo.multiply %893, %894 : tensor<512x2048x16x256xf16>
    %896 = stablehlo.add %883, %895 : tensor<512x2048x16x256xf16>
    %cst_151 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %897 = stablehlo.broadcast_in_dim %cst_151, dims = [] : (tensor<f16>) -> tensor<512x2048x16x256xf16>
    %898 = stablehlo.compare NE, %896, %897, FLOAT : (tensor<512x2048x16x256xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x2048x16x256xi1>
    %899 = stablehlo.convert %898 : tensor<512x2048x16x256xi1>
    %900 = stablehlo.convert %899 : (tensor<512x2048x16x256xi1>) -> tensor<512x2048x16x256xf16>
    %901 = stablehlo.dot_general %806, %900, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x16x256xf16>
    %902 = stablehlo.transpose %901, dims = [2, 0, 3, 1] : (tensor<512x768x16x256xf16>) -> tensor<16x512x256x768xf16>
    %903 = stablehlo.dot_general %902, %804, batching_dims = [0] x [0], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x768xf16>, tensor<16x768x6144xf16>) -> tensor<16x512x256x6144xf16>
    %904 = stablehlo.multiply %903, %903 : tensor<16x512x256x6144xf16>
    %905 = stablehlo.multiply %904, %903 : tensor<16x512x256x6144xf16>
    %cst_152 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %906 = stablehlo.broadcast_in_dim %cst_152, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %907 = stablehlo.multiply %906, %905 : tensor<16x512x256x6144xf16>
    %908 = stablehlo.add %903, %907 : tensor<16x512x256x6144xf16>
    %cst_153 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %909 = stablehlo.broadcast_in_dim %cst_153, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %910 = stablehlo.multiply %909, %908 : tensor<16x512x256x6144xf16>
    %911 = stablehlo.tanh %910 : tensor<16x512x256x6144xf16>
    %cst_154 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %912 = stablehlo.broadcast_in_dim %cst_154, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %913 = stablehlo.add %912, %911 : tensor<16x512x256x6144xf16>
    %cst_155 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %914 = stablehlo.broadcast_in_dim %cst_155, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %915 = stablehlo.multiply %914, %913 : tensor<16x512x256x6144xf16>
    %916 = stablehlo.multiply %903, %915 : tensor<16x512x256x6144xf16>
    %917 = stablehlo.dot_general %805, %916, batching_dims = [0] x [0], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<16x6144x768xf16>, tensor<16x512x256x6144xf16>) -> tensor<16x768x512x256xf16>
    %918 = stablehlo.transpose %917, dims = [2, 0, 3, 1] : (tensor<16x768x512x256xf16>) -> tensor<512x16x256x768xf16>
    %919 = stablehlo.dot_general %896, %918, batching_dims = [0] x [0], contracting_dims = [3, 2] x [2, 1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x16x256xf16>, tensor<512x16x256x768xf16>) -> tensor<512x2048x768xf16>
    %920 = stablehlo.reshape %919 : (tensor<512x2048x768xf16>) -> tensor<1024x1024x768xf16>
    %921 = stablehlo.add %773, %920 : tensor<1024x1024x768xf16>
    %922 = stablehlo.convert %921 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %923 = chlo.square %922 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_156 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %924 = stablehlo.reduce(%922 init: %cst_156) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_157 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %925 = stablehlo.broadcast_in_dim %cst_157, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %926 = stablehlo.divide %924, %925 : tensor<1024x1024xf32>
    %cst_158 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %927 = stablehlo.reduce(%923 init: %cst_158) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_159 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %928 = stablehlo.broadcast_in_dim %cst_159, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %929 = stablehlo.divide %927, %928 : tensor<1024x1024xf32>
    %930 = chlo.square %926 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %931 = stablehlo.subtract %929, %930 : tensor<1024x1024xf32>
    %cst_160 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %932 = stablehlo.broadcast_in_dim %cst_160, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %933 = stablehlo.maximum %932, %931 : tensor<1024x1024xf32>
    %934 = stablehlo.broadcast_in_dim %926, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %935 = stablehlo.broadcast_in_dim %933, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %936 = stablehlo.convert %921 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %937 = stablehlo.broadcast_in_dim %934, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %938 = stablehlo.subtract %936, %937 : tensor<1024x1024x768xf32>
    %cst_161 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %939 = stablehlo.broadcast_in_dim %cst_161, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %940 = stablehlo.add %935, %939 : tensor<1024x1024x1xf32>
    %941 = stablehlo.rsqrt %940 : tensor<1024x1024x1xf32>
    %942 = stablehlo.reshape %arg66 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %943 = stablehlo.broadcast_in_dim %941, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %944 = stablehlo.broadcast_in_dim %942, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %945 = stablehlo.multiply %943, %944 : tensor<1024x1024x768xf32>
    %946 = stablehlo.multiply %938, %945 : tensor<1024x1024x768xf32>
    %947 = stablehlo.reshape %arg65 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %948 = stablehlo.broadcast_in_dim %947, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %949 = stablehlo.add %946, %948 : tensor<1024x1024x768xf32>
    %950 = stablehlo.convert %949 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %951 = stablehlo.convert %arg58 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %952 = stablehlo.convert %arg57 : (tensor<2304xf32>) -> tensor<2304xf16>
    %953 = stablehlo.dot_general %950, %951, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %954 = stablehlo.reshape %952 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %955 = stablehlo.broadcast_in_dim %954, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %956 = stablehlo.add %953, %955 : tensor<1024x1024x2304xf16>
    %957 = stablehlo.reshape %956 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %958 = stablehlo.slice %957 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %959 = stablehlo.reshape %958 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %960 = stablehlo.slice %957 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %961 = stablehlo.reshape %960 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %962 = stablehlo.slice %957 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %963 = stablehlo.reshape %962 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %964 = stablehlo.dot_general %959, %961, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_162 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %965 = stablehlo.broadcast_in_dim %cst_162, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %966 = stablehlo.multiply %964, %965 : tensor<1024x16x1024x1024xf16>
    %c_163 = stablehlo.constant dense<true> : tensor<i1>
    %967 = stablehlo.broadcast_in_dim %c_163, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %968 = call @tril(%967) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %969 = stablehlo.broadcast_in_dim %968, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_164 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %970 = call @_where_2(%969, %966, %cst_164) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %cst_165 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %971 = stablehlo.reduce(%970 init: %cst_165) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_166 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %972 = stablehlo.broadcast_in_dim %cst_166, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %973 = stablehlo.maximum %972, %971 : tensor<1024x16x1024xf16>
    %974 = stablehlo.broadcast_in_dim %973, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %975 = stablehlo.broadcast_in_dim %974, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %976 = stablehlo.subtract %970, %975 : tensor<1024x16x1024x1024xf16>
    %977 = stablehlo.exponential %976 : tensor<1024x16x1024x1024xf16>
    %978 = stablehlo.convert %977 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_167 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %979 = stablehlo.reduce(%978 init: %cst_167) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %980 = stablehlo.broadcast_in_dim %979, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %981 = stablehlo.convert %980 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %982 = stablehlo.broadcast_in_dim %981, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %983 = stablehlo.divide %977, %982 : tensor<1024x16x1024x1024xf16>
    %984 = stablehlo.dot_general %963, %983, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %985 = stablehlo.transpose %984, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %986 = stablehlo.reshape %985 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %987 = stablehlo.convert %arg60 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %988 = stablehlo.convert %arg59 : (tensor<768xf32>) -> tensor<768xf16>
    %989 = stablehlo.dot_general %986, %987, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %990 = stablehlo.reshape %988 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %991 = stablehlo.broadcast_in_dim %990, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %992 = stablehlo.add %989, %991 : tensor<1024x1024x768xf16>
    %993 = stablehlo.add %921, %992 : tensor<1024x1024x768xf16>
    %994 = stablehlo.convert %993 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %995 = chlo.square %994 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_168 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %996 = stablehlo.reduce(%994 init: %cst_168) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_169 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %997 = stablehlo.broadcast_in_dim %cst_169, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %998 = stablehlo.divide %996, %997 : tensor<1024x1024xf32>
    %cst_170 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %999 = stablehlo.reduce(%995 init: %cst_170) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_171 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1000 = stablehlo.broadcast_in_dim %cst_171, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1001 = stablehlo.divide %999, %1000 : tensor<1024x1024xf32>
    %1002 = chlo.square %998 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %1003 = stablehlo.subtract %1001, %1002 : tensor<1024x1024xf32>
    %cst_172 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1004 = stablehlo.broadcast_in_dim %cst_172, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1005 = stablehlo.maximum %1004, %1003 : tensor<1024x1024xf32>
    %1006 = stablehlo.broadcast_in_dim %998, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1007 = stablehlo.broadcast_in_dim %1005, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1008 = stablehlo.convert %993 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1009 = stablehlo.broadcast_in_dim %1006, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1010 = stablehlo.subtract %1008, %1009 : tensor<1024x1024x768xf32>
    %cst_173 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %1011 = stablehlo.broadcast_in_dim %cst_173, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1012 = stablehlo.add %1007, %1011 : tensor<1024x1024x1xf32>
    %1013 = stablehlo.rsqrt %1012 : tensor<1024x1024x1xf32>
    %1014 = stablehlo.reshape %arg68 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1015 = stablehlo.broadcast_in_dim %1013, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1016 = stablehlo.broadcast_in_dim %1014, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1017 = stablehlo.multiply %1015, %1016 : tensor<1024x1024x768xf32>
    %1018 = stablehlo.multiply %1010, %1017 : tensor<1024x1024x768xf32>
    %1019 = stablehlo.reshape %arg67 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1020 = stablehlo.broadcast_in_dim %1019, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1021 = stablehlo.add %1018, %1020 : tensor<1024x1024x768xf32>
    %1022 = stablehlo.convert %1021 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1023 = stablehlo.convert %arg62 : (tensor<768x6144xf32>) -> tensor<768x6144xf16>
    %1024 = stablehlo.convert %arg61 : (tensor<6144xf32>) -> tensor<6144xf16>
    %1025 = stablehlo.dot_general %1022, %1023, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x6144xf16>) -> tensor<1024x1024x6144xf16>
    %1026 = stablehlo.reshape %1024 : (tensor<6144xf16>) -> tensor<1x1x6144xf16>
    %1027 = stablehlo.broadcast_in_dim %1026, dims = [0, 1, 2] : (tensor<1x1x6144xf16>) -> tensor<1024x1024x6144xf16>
    %1028 = stablehlo.add %1025, %1027 : tensor<1024x1024x6144xf16>
    %1029 = stablehlo.multiply %1028, %1028 : tensor<1024x1024x6144xf16>
    %1030 = stablehlo.multiply %1029, %1028 : tensor<1024x1024x6144xf16>
    %cst_174 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %1031 = stablehlo.broadcast_in_dim %cst_174, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1032 = stablehlo.multiply %1031, %1030 : tensor<1024x1024x6144xf16>
    %1033 = stablehlo.add %1028, %1032 : tensor<1024x1024x6144xf16>
    %cst_175 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %1034 = stablehlo.broadcast_in_dim %cst_175, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1035 = stablehlo.multiply %1034, %1033 : tensor<1024x1024x6144xf16>
    %1036 = stablehlo.tanh %1035 : tensor<1024x1024x6144xf16>
    %cst_176 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %1037 = stablehlo.broadcast_in_dim %cst_176, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1038 = stablehlo.add %1037, %1036 : tensor<1024x1024x6144xf16>
    %cst_177 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %1039 = stablehlo.broadcast_in_dim %cst_177, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1040 = stablehlo.multiply %1039, %1038 : tensor<1024x1024x6144xf16>
    %1041 = stablehlo.multiply %1028, %1040 : tensor<1024x1024x6144xf16>
    %1042 = stablehlo.convert %arg64 : (tensor<6144x768xf32>) -> tensor<6144x768xf16>
    %1043 = stablehlo.convert %arg63 : (tensor<768xf32>) -> tensor<768xf16>
    %1044 = stablehlo.dot_general %1041, %1042, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x6144xf16>, tensor<6144x768xf16>) -> tensor<1024x1024x768xf16>
    %1045 = stablehlo.reshape %1043 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %1046 = stablehlo.broadcast_in_dim %1045, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %1047 = stablehlo.add %1044, %1046 : tensor<1024x1024x768xf16>
    %1048 = stablehlo.add %993, %1047 : tensor<1024x1024x768xf16>
    %1049 = stablehlo.convert %1048 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1050 = chlo.square %1049 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_178 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1051 = stablehlo.reduce(%1049 init: %cst_178) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_179 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1052 = stablehlo.broadcast_in_dim %cst_179, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1053 = stablehlo.divide %1051, %1052 : tensor<1024x1024xf32>
    %cst_180 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1054 = stablehlo.reduce(%1050 init: %cst_180) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_181 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1055 = stablehlo.broadcast_in_dim %cst_181, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1056 = stablehlo.divide %1054, %1055 : tensor<1024x1024xf32>
    %1057 = chlo.square %1053 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %1058 = stablehlo.subtract %1056, %1057 : tensor<1024x1024xf32>
    %cst_182 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1059 = stablehlo.broadcast_in_dim %cst_182, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1060 = stablehlo.maximum %1059, %1058 : tensor<1024x1024xf32>
    %1061 = stablehlo.broadcast_in_dim %1053, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1062 = stablehlo.broadcast_in_dim %1060, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1063 = stablehlo.convert %1048 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1064 = stablehlo.broadcast_in_dim %1061, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1065 = stablehlo.subtract %1063, %1064 : tensor<1024x1024x768xf32>
    %cst_183 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %1066 = stablehlo.broadcast_in_dim %cst_183, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1067 = stablehlo.add %1062, %1066 : tensor<1024x1024x1xf32>
    %1068 = stablehlo.rsqrt %1067 : tensor<1024x1024x1xf32>
    %1069 = stablehlo.reshape %arg74 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1070 = stablehlo.broadcast_in_dim %1068, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1071 = stablehlo.broadcast_in_dim %1069, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1072 = stablehlo.multiply %1070, %1071 : tensor<1024x1024x768xf32>
    %1073 = stablehlo.multiply %1065, %1072 : tensor<1024x1024x768xf32>
    %1074 = stablehlo.reshape %arg73 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1075 = stablehlo.broadcast_in_dim %1074, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1076 = stablehlo.add %1073, %1075 : tensor<1024x1024x768xf32>
    %1077 = stablehlo.convert %1076 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1078 = stablehlo.convert %arg70 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %1079 = stablehlo.convert %arg69 : (tensor<2304xf32>) -> tensor<2304xf16>
    %1080 = stablehlo.dot_general %1077, %1078, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %1081 = stablehlo.reshape %1079 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %1082 = stablehlo.broadcast_in_dim %1081, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %1083 = stablehlo.add %1080, %1082 : tensor<1024x1024x2304xf16>
    %1084 = stablehlo.reshape %1083 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %1085 = stablehlo.slice %1084 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %1086 = stablehlo.reshape %1085 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1087 = stablehlo.slice %1084 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %1088 = stablehlo.reshape %1087 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1089 = stablehlo.slice %1084 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %1090 = stablehlo.reshape %1089 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1091 = stablehlo.dot_general %1086, %1088, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_184 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %1092 = stablehlo.broadcast_in_dim %cst_184, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %1093 = stablehlo.multiply %1091, %1092 : tensor<1024x16x1024x1024xf16>
    %c_185 = stablehlo.constant dense<true> : tensor<i1>
    %1094 = stablehlo.broadcast_in_dim %c_185, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %1095 = call @tril(%1094) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %1096 = stablehlo.broadcast_in_dim %1095, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_186 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %1097 = call @_where_2(%1096, %1093, %cst_186) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %cst_187 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %1098 = stablehlo.reduce(%1097 init: %cst_187) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_188 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %1099 = stablehlo.broadcast_in_dim %cst_188, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %1100 = stablehlo.maximum %1099, %1098 : tensor<1024x16x1024xf16>
    %1101 = stablehlo.broadcast_in_dim %1100, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %1102 = stablehlo.broadcast_in_dim %1101, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %1103 = stablehlo.subtract %1097, %1102 : tensor<1024x16x1024x1024xf16>
    %1104 = stablehlo.exponential %1103 : tensor<1024x16x1024x1024xf16>
    %1105 = stablehlo.convert %1104 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_189 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1106 = stablehlo.reduce(%1105 init: %cst_189) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %1107 = stablehlo.broadcast_in_dim %1106, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %1108 = stablehlo.convert %1107 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %1109 = stablehlo.broadcast_in_dim %1108, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %1110 = stablehlo.divide %1104, %1109 : tensor<1024x16x1024x1024xf16>
    %1111 = stablehlo.dot_general %1090, %1110, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %1112 = stablehlo.transpose %1111, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %1113 = stablehlo.reshape %1112 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %1114 = stablehlo.convert %arg72 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %1115 = stablehlo.convert %arg71 : (tensor<768xf32>) -> tensor<768xf16>
    %1116 = stablehlo.dot_general %1113, %1114, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %1117 = stablehlo.reshape %1115 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %1118 = stablehlo.broadcast_in_dim %1117, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %1119 = stablehlo.add %1116, %1118 : tensor<1024x1024x768xf16>
    %1120 = stablehlo.add %1048, %1119 : tensor<1024x1024x768xf16>
    %1121 = stablehlo.convert %1120 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1122 = chlo.square %1121 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_190 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1123 = stablehlo.reduce(%1121 init: %cst_190) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_191 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1124 = stablehlo.broadcast_in_dim %cst_191, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1125 = stablehlo.divide %1123, %1124 : tensor<1024x1024xf32>
    %cst_192 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1126 = stablehlo.reduce(%1122 init: %cst_192) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_193 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1127 = stablehlo.broadcast_in_dim %cst_193, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1128 = stablehlo.divide %1126, %1127 : tensor<1024x1024xf32>
    %1129 = chlo.square %1125 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %1130 = stablehlo.subtract %1128, %1129 : tensor<1024x1024xf32>
    %cst_194 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1131 = stablehlo.broadcast_in_dim %cst_194, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1132 = stablehlo.maximum %1131, %1130 : tensor<1024x1024xf32>
    %1133 = stablehlo.broadcast_in_dim %1125, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1134 = stablehlo.broadcast_in_dim %1132, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1135 = stablehlo.convert %1120 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1136 = stablehlo.broadcast_in_dim %1133, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1137 = stablehlo.subtract %1135, %1136 : tensor<1024x1024x768xf32>
    %cst_195 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %1138 = stablehlo.broadcast_in_dim %cst_195, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1139 = stablehlo.add %1134, %1138 : tensor<1024x1024x1xf32>
    %1140 = stablehlo.rsqrt %1139 : tensor<1024x1024x1xf32>
    %1141 = stablehlo.reshape %arg76 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1142 = stablehlo.broadcast_in_dim %1140, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1143 = stablehlo.broadcast_in_dim %1141, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1144 = stablehlo.multiply %1142, %1143 : tensor<1024x1024x768xf32>
    %1145 = stablehlo.multiply %1137, %1144 : tensor<1024x1024x768xf32>
    %1146 = stablehlo.reshape %arg75 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1147 = stablehlo.broadcast_in_dim %1146, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1148 = stablehlo.add %1145, %1147 : tensor<1024x1024x768xf32>
    %1149 = stablehlo.convert %1148 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1150 = stablehlo.convert %arg77 : (tensor<768x16xf32>) -> tensor<768x16xf16>
    %1151 = stablehlo.convert %arg78 : (tensor<16x768x6144xf32>) -> tensor<16x768x6144xf16>
    %1152 = stablehlo.convert %arg79 : (tensor<16x6144x768xf32>) -> tensor<16x6144x768xf16>
    %1153 = stablehlo.reshape %1149 : (tensor<1024x1024x768xf16>) -> tensor<512x2048x768xf16>
    %1154 = stablehlo.dot_general %1153, %1150, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<768x16xf16>) -> tensor<512x2048x16xf16>
    %cst_196 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %1155 = stablehlo.reduce(%1154 init: %cst_196) applies stablehlo.maximum across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %cst_197 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %1156 = stablehlo.broadcast_in_dim %cst_197, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %1157 = stablehlo.maximum %1156, %1155 : tensor<512x2048xf16>
    %1158 = stablehlo.broadcast_in_dim %1157, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %1159 = stablehlo.broadcast_in_dim %1158, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %1160 = stablehlo.subtract %1154, %1159 : tensor<512x2048x16xf16>
    %1161 = stablehlo.exponential %1160 : tensor<512x2048x16xf16>
    %1162 = stablehlo.convert %1161 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_198 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1163 = stablehlo.reduce(%1162 init: %cst_198) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %1164 = stablehlo.broadcast_in_dim %1163, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x1xf32>
    %1165 = stablehlo.convert %1164 : (tensor<512x2048x1xf32>) -> tensor<512x2048x1xf16>
    %1166 = stablehlo.broadcast_in_dim %1165, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %1167 = stablehlo.divide %1161, %1166 : tensor<512x2048x16xf16>
    %1168 = call @argmax(%1167) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %1169 = call @_one_hot(%1168) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %1170 = stablehlo.convert %1169 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %1171 = stablehlo.multiply %1167, %1170 : tensor<512x2048x16xf16>
    %1172 = stablehlo.convert %1171 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_199 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1173 = stablehlo.reduce(%1172 init: %cst_199) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %1174 = stablehlo.convert %1173 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %c_200 = stablehlo.constant dense<1> : tensor<i32>
    %1175 = stablehlo.broadcast_in_dim %c_200, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %1176 = stablehlo.subtract %1175, %1169 : tensor<512x2048x16xi32>
    %1177 = stablehlo.convert %1176 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %1178 = stablehlo.multiply %1167, %1177 : tensor<512x2048x16xf16>
    %1179 = call @argmax(%1178) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %1180 = call @_one_hot(%1179) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %1181 = stablehlo.convert %1180 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %1182 = stablehlo.multiply %1178, %1181 : tensor<512x2048x16xf16>
    %1183 = stablehlo.convert %1182 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_201 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1184 = stablehlo.reduce(%1183 init: %cst_201) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %1185 = stablehlo.convert %1184 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %1186 = call @cumsum(%1169) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %1187 = stablehlo.subtract %1186, %1169 : tensor<512x2048x16xi32>
    %c_202 = stablehlo.constant dense<256> : tensor<i32>
    %1188 = stablehlo.broadcast_in_dim %c_202, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %1189 = stablehlo.compare LT, %1187, %1188, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %1190 = stablehlo.convert %1189 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %1191 = stablehlo.multiply %1169, %1190 : tensor<512x2048x16xi32>
    %1192 = stablehlo.multiply %1187, %1191 : tensor<512x2048x16xi32>
    %c_203 = stablehlo.constant dense<0> : tensor<i32>
    %1193 = stablehlo.reduce(%1192 init: %c_203) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_204 = stablehlo.constant dense<0> : tensor<i32>
    %1194 = stablehlo.reduce(%1191 init: %c_204) applies stablehlo.add across dimensions = [1] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x16xi32>
    %c_205 = stablehlo.constant dense<0> : tensor<i32>
    %1195 = stablehlo.reduce(%1191 init: %c_205) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %1196 = call @cumsum(%1180) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %1197 = stablehlo.subtract %1196, %1180 : tensor<512x2048x16xi32>
    %1198 = stablehlo.broadcast_in_dim %1194, dims = [0, 2] : (tensor<512x16xi32>) -> tensor<512x1x16xi32>
    %1199 = stablehlo.broadcast_in_dim %1198, dims = [0, 1, 2] : (tensor<512x1x16xi32>) -> tensor<512x2048x16xi32>
    %1200 = stablehlo.add %1197, %1199 : tensor<512x2048x16xi32>
    %c_206 = stablehlo.constant dense<256> : tensor<i32>
    %1201 = stablehlo.broadcast_in_dim %c_206, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %1202 = stablehlo.compare LT, %1200, %1201, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %1203 = stablehlo.convert %1202 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %1204 = stablehlo.multiply %1180, %1203 : tensor<512x2048x16xi32>
    %1205 = stablehlo.multiply %1200, %1204 : tensor<512x2048x16xi32>
    %c_207 = stablehlo.constant dense<0> : tensor<i32>
    %1206 = stablehlo.reduce(%1205 init: %c_207) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_208 = stablehlo.constant dense<0> : tensor<i32>
    %1207 = stablehlo.reduce(%1204 init: %c_208) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %1208 = stablehlo.convert %1195 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %1209 = stablehlo.multiply %1174, %1208 : tensor<512x2048xf16>
    %1210 = stablehlo.convert %1207 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %1211 = stablehlo.multiply %1185, %1210 : tensor<512x2048xf16>
    %1212 = stablehlo.add %1209, %1211 : tensor<512x2048xf16>
    %cst_209 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %1213 = stablehlo.broadcast_in_dim %cst_209, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %1214 = stablehlo.compare GT, %1212, %1213, FLOAT : (tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xi1>
    %cst_210 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %1215 = stablehlo.broadcast_in_dim %cst_210, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %1216 = call @_where_4(%1214, %1212, %1215) : (tensor<512x2048xi1>, tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xf16>
    %1217 = stablehlo.divide %1209, %1216 : tensor<512x2048xf16>
    %1218 = stablehlo.divide %1211, %1216 : tensor<512x2048xf16>
    %1219 = stablehlo.convert %1195 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %1220 = stablehlo.multiply %1217, %1219 : tensor<512x2048xf16>
    %1221 = stablehlo.broadcast_in_dim %1220, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %1222 = call @_one_hot_5(%1168) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %1223 = stablehlo.broadcast_in_dim %1221, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %1224 = stablehlo.multiply %1223, %1222 : tensor<512x2048x16xf16>
    %1225 = call @_one_hot_6(%1193) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %1226 = stablehlo.broadcast_in_dim %1224, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %1227 = stablehlo.broadcast_in_dim %1225, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %1228 = stablehlo.broadcast_in_dim %1226, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %1229 = stablehlo.broadcast_in_dim %1227, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %1230 = stablehlo.multiply %1228, %1229 : tensor<512x2048x16x256xf16>
    %1231 = stablehlo.convert %1207 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %1232 = stablehlo.multiply %1218, %1231 : tensor<512x2048xf16>
    %1233 = stablehlo.broadcast_in_dim %1232, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %1234 = call @_one_hot_5(%1179) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %1235 = stablehlo.broadcast_in_dim %1233, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %1236 = stablehlo.multiply %1235, %1234 : tensor<512x2048x16xf16>
    %1237 = call @_one_hot_6(%1206) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %1238 = stablehlo.broadcast_in_dim %1236, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %1239 = stablehlo.broadcast_in_dim %1237, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %1240 = stablehlo.broadcast_in_dim %1238, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %1241 = stablehlo.broadcast_in_dim %1239, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %1242 = stablehlo.multiply %1240, %1241 : tensor<512x2048x16x256xf16>
    %1243 = stablehlo.add %1230, %1242 : tensor<512x2048x16x256xf16>
    %cst_211 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %1244 = stablehlo.broadcast_in_dim %cst_211, dims = [] : (tensor<f16>) -> tensor<512x2048x16x256xf16>
    %1245 = stablehlo.compare NE, %1243, %1244, FLOAT : (tensor<512x2048x16x256xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x2048x16x256xi1>
    %1246 = stablehlo.convert %1245 : tensor<512x2048x16x256xi1>
    %1247 = stablehlo.convert %1246 : (tensor<512x2048x16x256xi1>) -> tensor<512x2048x16x256xf16>
    %1248 = stablehlo.dot_general %1153, %1247, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x16x256xf16>
    %1249 = stablehlo.transpose %1248, dims = [2, 0, 3, 1] : (tensor<512x768x16x256xf16>) -> tensor<16x512x256x768xf16>
    %1250 = stablehlo.dot_general %1249, %1151, batching_dims = [0] x [0], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x768xf16>, tensor<16x768x6144xf16>) -> tensor<16x512x256x6144xf16>
    %1251 = stablehlo.multiply %1250, %1250 : tensor<16x512x256x6144xf16>
    %1252 = stablehlo.multiply %1251, %1250 : tensor<16x512x256x6144xf16>
    %cst_212 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %1253 = stablehlo.broadcast_in_dim %cst_212, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %1254 = stablehlo.multiply %1253, %1252 : tensor<16x512x256x6144xf16>
    %1255 = stablehlo.add %1250, %1254 : tensor<16x512x256x6144xf16>
    %cst_213 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %1256 = stablehlo.broadcast_in_dim %cst_213, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %1257 = stablehlo.multiply %1256, %1255 : tensor<16x512x256x6144xf16>
    %1258 = stablehlo.tanh %1257 : tensor<16x512x256x6144xf16>
    %cst_214 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %1259 = stablehlo.broadcast_in_dim %cst_214, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %1260 = stablehlo.add %1259, %1258 : tensor<16x512x256x6144xf16>
    %cst_215 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %1261 = stablehlo.broadcast_in_dim %cst_215, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %1262 = stablehlo.multiply %1261, %1260 : tensor<16x512x256x6144xf16>
    %1263 = stablehlo.multiply %1250, %1262 : tensor<16x512x256x6144xf16>
    %1264 = stablehlo.dot_general %1152, %1263, batching_dims = [0] x [0], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<16x6144x768xf16>, tensor<16x512x256x6144xf16>) -> tensor<16x768x512x256xf16>
    %1265 = stablehlo.transpose %1264, dims = [2, 0, 3, 1] : (tensor<16x768x512x256xf16>) -> tensor<512x16x256x768xf16>
    %1266 = stablehlo.dot_general %1243, %1265, batching_dims = [0] x [0], contracting_dims = [3, 2] x [2, 1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x16x256xf16>, tensor<512x16x256x768xf16>) -> tensor<512x2048x768xf16>
    %1267 = stablehlo.reshape %1266 : (tensor<512x2048x768xf16>) -> tensor<1024x1024x768xf16>
    %1268 = stablehlo.add %1120, %1267 : tensor<1024x1024x768xf16>
    %1269 = stablehlo.convert %1268 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1270 = chlo.square %1269 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_216 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1271 = stablehlo.reduce(%1269 init: %cst_216) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_217 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1272 = stablehlo.broadcast_in_dim %cst_217, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1273 = stablehlo.divide %1271, %1272 : tensor<1024x1024xf32>
    %cst_218 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1274 = stablehlo.reduce(%1270 init: %cst_218) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_219 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1275 = stablehlo.broadcast_in_dim %cst_219, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1276 = stablehlo.divide %1274, %1275 : tensor<1024x1024xf32>
    %1277 = chlo.square %1273 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %1278 = stablehlo.subtract %1276, %1277 : tensor<1024x1024xf32>
    %cst_220 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1279 = stablehlo.broadcast_in_dim %cst_220, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1280 = stablehlo.maximum %1279, %1278 : tensor<1024x1024xf32>
    %1281 = stablehlo.broadcast_in_dim %1273, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1282 = stablehlo.broadcast_in_dim %1280, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1283 = stablehlo.convert %1268 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1284 = stablehlo.broadcast_in_dim %1281, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1285 = stablehlo.subtract %1283, %1284 : tensor<1024x1024x768xf32>
    %cst_221 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %1286 = stablehlo.broadcast_in_dim %cst_221, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1287 = stablehlo.add %1282, %1286 : tensor<1024x1024x1xf32>
    %1288 = stablehlo.rsqrt %1287 : tensor<1024x1024x1xf32>
    %1289 = stablehlo.reshape %arg89 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1290 = stablehlo.broadcast_in_dim %1288, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1291 = stablehlo.broadcast_in_dim %1289, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1292 = stablehlo.multiply %1290, %1291 : tensor<1024x1024x768xf32>
    %1293 = stablehlo.multiply %1285, %1292 : tensor<1024x1024x768xf32>
    %1294 = stablehlo.reshape %arg88 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1295 = stablehlo.broadcast_in_dim %1294, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1296 = stablehlo.add %1293, %1295 : tensor<1024x1024x768xf32>
    %1297 = stablehlo.convert %1296 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1298 = stablehlo.convert %arg81 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %1299 = stablehlo.convert %arg80 : (tensor<2304xf32>) -> tensor<2304xf16>
    %1300 = stablehlo.dot_general %1297, %1298, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %1301 = stablehlo.reshape %1299 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %1302 = stablehlo.broadcast_in_dim %1301, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %1303 = stablehlo.add %1300, %1302 : tensor<1024x1024x2304xf16>
    %1304 = stablehlo.reshape %1303 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %1305 = stablehlo.slice %1304 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %1306 = stablehlo.reshape %1305 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1307 = stablehlo.slice %1304 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %1308 = stablehlo.reshape %1307 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1309 = stablehlo.slice %1304 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %1310 = stablehlo.reshape %1309 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1311 = stablehlo.dot_general %1306, %1308, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_222 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %1312 = stablehlo.broadcast_in_dim %cst_222, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %1313 = stablehlo.multiply %1311, %1312 : tensor<1024x16x1024x1024xf16>
    %c_223 = stablehlo.constant dense<true> : tensor<i1>
    %1314 = stablehlo.broadcast_in_dim %c_223, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %1315 = call @tril(%1314) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %1316 = stablehlo.broadcast_in_dim %1315, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_224 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %1317 = call @_where_2(%1316, %1313, %cst_224) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %cst_225 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %1318 = stablehlo.reduce(%1317 init: %cst_225) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_226 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %1319 = stablehlo.broadcast_in_dim %cst_226, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %1320 = stablehlo.maximum %1319, %1318 : tensor<1024x16x1024xf16>
    %1321 = stablehlo.broadcast_in_dim %1320, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %1322 = stablehlo.broadcast_in_dim %1321, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %1323 = stablehlo.subtract %1317, %1322 : tensor<1024x16x1024x1024xf16>
    %1324 = stablehlo.exponential %1323 : tensor<1024x16x1024x1024xf16>
    %1325 = stablehlo.convert %1324 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_227 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1326 = stablehlo.reduce(%1325 init: %cst_227) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %1327 = stablehlo.broadcast_in_dim %1326, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %1328 = stablehlo.convert %1327 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %1329 = stablehlo.broadcast_in_dim %1328, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %1330 = stablehlo.divide %1324, %1329 : tensor<1024x16x1024x1024xf16>
    %1331 = stablehlo.dot_general %1310, %1330, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %1332 = stablehlo.transpose %1331, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %1333 = stablehlo.reshape %1332 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %1334 = stablehlo.convert %arg83 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %1335 = stablehlo.convert %arg82 : (tensor<768xf32>) -> tensor<768xf16>
    %1336 = stablehlo.dot_general %1333, %1334, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %1337 = stablehlo.reshape %1335 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %1338 = stablehlo.broadcast_in_dim %1337, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %1339 = stablehlo.add %1336, %1338 : tensor<1024x1024x768xf16>
    %1340 = stablehlo.add %1268, %1339 : tensor<1024x1024x768xf16>
    %1341 = stablehlo.convert %1340 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1342 = chlo.square %1341 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_228 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1343 = stablehlo.reduce(%1341 init: %cst_228) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_229 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1344 = stablehlo.broadcast_in_dim %cst_229, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1345 = stablehlo.divide %1343, %1344 : tensor<1024x1024xf32>
    %cst_230 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1346 = stablehlo.reduce(%1342 init: %cst_230) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_231 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1347 = stablehlo.broadcast_in_dim %cst_231, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1348 = stablehlo.divide %1346, %1347 : tensor<1024x1024xf32>
    %1349 = chlo.square %1345 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %1350 = stablehlo.subtract %1348, %1349 : tensor<1024x1024xf32>
    %cst_232 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1351 = stablehlo.broadcast_in_dim %cst_232, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1352 = stablehlo.maximum %1351, %1350 : tensor<1024x1024xf32>
    %1353 = stablehlo.broadcast_in_dim %1345, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1354 = stablehlo.broadcast_in_dim %1352, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1355 = stablehlo.convert %1340 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1356 = stablehlo.broadcast_in_dim %1353, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1357 = stablehlo.subtract %1355, %1356 : tensor<1024x1024x768xf32>
    %cst_233 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %1358 = stablehlo.broadcast_in_dim %cst_233, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1359 = stablehlo.add %1354, %1358 : tensor<1024x1024x1xf32>
    %1360 = stablehlo.rsqrt %1359 : tensor<1024x1024x1xf32>
    %1361 = stablehlo.reshape %arg91 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1362 = stablehlo.broadcast_in_dim %1360, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1363 = stablehlo.broadcast_in_dim %1361, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1364 = stablehlo.multiply %1362, %1363 : tensor<1024x1024x768xf32>
    %1365 = stablehlo.multiply %1357, %1364 : tensor<1024x1024x768xf32>
    %1366 = stablehlo.reshape %arg90 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1367 = stablehlo.broadcast_in_dim %1366, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1368 = stablehlo.add %1365, %1367 : tensor<1024x1024x768xf32>
    %1369 = stablehlo.convert %1368 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1370 = stablehlo.convert %arg85 : (tensor<768x6144xf32>) -> tensor<768x6144xf16>
    %1371 = stablehlo.convert %arg84 : (tensor<6144xf32>) -> tensor<6144xf16>
    %1372 = stablehlo.dot_general %1369, %1370, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x6144xf16>) -> tensor<1024x1024x6144xf16>
    %1373 = stablehlo.reshape %1371 : (tensor<6144xf16>) -> tensor<1x1x6144xf16>
    %1374 = stablehlo.broadcast_in_dim %1373, dims = [0, 1, 2] : (tensor<1x1x6144xf16>) -> tensor<1024x1024x6144xf16>
    %1375 = stablehlo.add %1372, %1374 : tensor<1024x1024x6144xf16>
    %1376 = stablehlo.multiply %1375, %1375 : tensor<1024x1024x6144xf16>
    %1377 = stablehlo.multiply %1376, %1375 : tensor<1024x1024x6144xf16>
    %cst_234 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %1378 = stablehlo.broadcast_in_dim %cst_234, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1379 = stablehlo.multiply %1378, %1377 : tensor<1024x1024x6144xf16>
    %1380 = stablehlo.add %1375, %1379 : tensor<1024x1024x6144xf16>
    %cst_235 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %1381 = stablehlo.broadcast_in_dim %cst_235, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1382 = stablehlo.multiply %1381, %1380 : tensor<1024x1024x6144xf16>
    %1383 = stablehlo.tanh %1382 : tensor<1024x1024x6144xf16>
    %cst_236 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %1384 = stablehlo.broadcast_in_dim %cst_236, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1385 = stablehlo.add %1384, %1383 : tensor<1024x1024x6144xf16>
    %cst_237 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %1386 = stablehlo.broadcast_in_dim %cst_237, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1387 = stablehlo.multiply %1386, %1385 : tensor<1024x1024x6144xf16>
    %1388 = stablehlo.multiply %1375, %1387 : tensor<1024x1024x6144xf16>
    %1389 = stablehlo.convert %arg87 : (tensor<6144x768xf32>) -> tensor<6144x768xf16>
    %1390 = stablehlo.convert %arg86 : (tensor<768xf32>) -> tensor<768xf16>
    %1391 = stablehlo.dot_general %1388, %1389, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x6144xf16>, tensor<6144x768xf16>) -> tensor<1024x1024x768xf16>
    %1392 = stablehlo.reshape %1390 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %1393 = stablehlo.broadcast_in_dim %1392, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %1394 = stablehlo.add %1391, %1393 : tensor<1024x1024x768xf16>
    %1395 = stablehlo.add %1340, %1394 : tensor<1024x1024x768xf16>
    %1396 = stablehlo.convert %1395 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1397 = chlo.square %1396 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_238 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1398 = stablehlo.broadcast_in_dim %cst_238, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %1399 = stablehlo.multiply %1398, %1396 : tensor<1024x1024x768xf32>
    %cst_239 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1400 = stablehlo.reduce(%1396 init: %cst_239) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_240 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1401 = stablehlo.broadcast_in_dim %cst_240, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1402 = stablehlo.divide %1400, %1401 : tensor<1024x1024xf32>
    %cst_241 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1403 = stablehlo.reduce(%1397 init: %cst_241) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_242 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1404 = stablehlo.broadcast_in_dim %cst_242, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1405 = stablehlo.divide %1403, %1404 : tensor<1024x1024xf32>
    %1406 = chlo.square %1402 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_243 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1407 = stablehlo.broadcast_in_dim %cst_243, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1408 = stablehlo.multiply %1407, %1402 : tensor<1024x1024xf32>
    %1409 = stablehlo.subtract %1405, %1406 : tensor<1024x1024xf32>
    %cst_244 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1410 = stablehlo.broadcast_in_dim %cst_244, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1411 = stablehlo.maximum %1410, %1409 : tensor<1024x1024xf32>
    %1412 = stablehlo.compare EQ, %1409, %1411, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_245 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1413 = stablehlo.broadcast_in_dim %cst_245, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_246 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1414 = stablehlo.broadcast_in_dim %cst_246, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1415 = stablehlo.select %1412, %1413, %1414 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_247 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1416 = stablehlo.broadcast_in_dim %cst_247, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1417 = stablehlo.compare EQ, %1416, %1411, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_248 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1418 = stablehlo.broadcast_in_dim %cst_248, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_249 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1419 = stablehlo.broadcast_in_dim %cst_249, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1420 = stablehlo.select %1417, %1418, %1419 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %1421 = stablehlo.divide %1415, %1420 : tensor<1024x1024xf32>
    %1422 = stablehlo.broadcast_in_dim %1402, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1423 = stablehlo.broadcast_in_dim %1411, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1424 = stablehlo.convert %1395 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1425 = stablehlo.broadcast_in_dim %1422, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1426 = stablehlo.subtract %1424, %1425 : tensor<1024x1024x768xf32>
    %cst_250 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %1427 = stablehlo.broadcast_in_dim %cst_250, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1428 = stablehlo.add %1423, %1427 : tensor<1024x1024x1xf32>
    %1429 = stablehlo.rsqrt %1428 : tensor<1024x1024x1xf32>
    %1430 = stablehlo.divide %1429, %1428 : tensor<1024x1024x1xf32>
    %cst_251 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1431 = stablehlo.broadcast_in_dim %cst_251, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1432 = stablehlo.multiply %1431, %1430 : tensor<1024x1024x1xf32>
    %1433 = stablehlo.reshape %arg93 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1434 = stablehlo.broadcast_in_dim %1429, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1435 = stablehlo.broadcast_in_dim %1433, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1436 = stablehlo.multiply %1434, %1435 : tensor<1024x1024x768xf32>
    %1437 = stablehlo.multiply %1426, %1436 : tensor<1024x1024x768xf32>
    %1438 = stablehlo.reshape %arg92 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1439 = stablehlo.broadcast_in_dim %1438, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1440 = stablehlo.add %1437, %1439 : tensor<1024x1024x768xf32>
    %1441 = stablehlo.convert %1440 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1442 = stablehlo.convert %arg95 : (tensor<32000x768xf32>) -> tensor<32000x768xf16>
    %1443 = stablehlo.transpose %1442, dims = [1, 0] : (tensor<32000x768xf16>) -> tensor<768x32000xf16>
    %1444 = stablehlo.dot_general %1441, %1443, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x32000xf16>) -> tensor<1024x1024x32000xf16>
    %1445 = stablehlo.convert %1444 : (tensor<1024x1024x32000xf16>) -> tensor<1024x1024x32000xf32>
    %1446 = stablehlo.broadcast_in_dim %arg290, dims = [0, 1] : (tensor<1024x1024xi32>) -> tensor<1024x1024x1xi32>
    %1447:2 = call @take_along_axis(%1445, %1446) : (tensor<1024x1024x32000xf32>, tensor<1024x1024x1xi32>) -> (tensor<1024x1024x1xf32>, tensor<1024x1024x1x1xi32>)
    %c_252 = stablehlo.constant dense<0> : tensor<i32>
    %1448:2 = call @_take_7(%1447#0, %c_252) : (tensor<1024x1024x1xf32>, tensor<i32>) -> (tensor<1024x1024xf32>, tensor<1xi32>)
    %cst_253 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1449 = stablehlo.reduce(%1445 init: %cst_253) applies stablehlo.maximum across dimensions = [2] : (tensor<1024x1024x32000xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %1450 = stablehlo.reshape %1449 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1451 = stablehlo.broadcast_in_dim %1450, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x32000xf32>
    %1452 = stablehlo.compare EQ, %1445, %1451, FLOAT : (tensor<1024x1024x32000xf32>, tensor<1024x1024x32000xf32>) -> tensor<1024x1024x32000xi1>
    %1453 = stablehlo.convert %1452 : (tensor<1024x1024x32000xi1>) -> tensor<1024x1024x32000xf32>
    %cst_254 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1454 = stablehlo.reduce(%1453 init: %cst_254) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x32000xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_255 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1455 = stablehlo.broadcast_in_dim %cst_255, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1456 = stablehlo.maximum %1455, %1449 : tensor<1024x1024xf32>
    %1457 = stablehlo.compare EQ, %1449, %1456, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_256 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1458 = stablehlo.broadcast_in_dim %cst_256, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_257 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1459 = stablehlo.broadcast_in_dim %cst_257, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1460 = stablehlo.select %1457, %1458, %1459 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_258 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1461 = stablehlo.broadcast_in_dim %cst_258, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1462 = stablehlo.compare EQ, %1461, %1456, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_259 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1463 = stablehlo.broadcast_in_dim %cst_259, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_260 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1464 = stablehlo.broadcast_in_dim %cst_260, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1465 = stablehlo.select %1462, %1463, %1464 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %1466 = stablehlo.divide %1460, %1465 : tensor<1024x1024xf32>
    %1467 = stablehlo.is_finite %1456 : (tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_261 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1468 = stablehlo.broadcast_in_dim %cst_261, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1469 = stablehlo.select %1467, %1456, %1468 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_262 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1470 = stablehlo.broadcast_in_dim %cst_262, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1471 = stablehlo.broadcast_in_dim %1469, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1472 = stablehlo.broadcast_in_dim %1471, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x32000xf32>
    %1473 = stablehlo.subtract %1445, %1472 : tensor<1024x1024x32000xf32>
    %1474 = stablehlo.exponential %1473 : tensor<1024x1024x32000xf32>
    %cst_263 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1475 = stablehlo.reduce(%1474 init: %cst_263) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x32000xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %1476 = stablehlo.sign %1475 : tensor<1024x1024xf32>
    %1477 = stablehlo.abs %1475 : tensor<1024x1024xf32>
    %cst_264 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1478 = stablehlo.broadcast_in_dim %cst_264, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1479 = stablehlo.compare GE, %1475, %1478, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %1480 = stablehlo.log %1477 : tensor<1024x1024xf32>
    %1481 = stablehlo.add %1480, %1469 : tensor<1024x1024xf32>
    %1482 = stablehlo.subtract %1481, %1448#0 : tensor<1024x1024xf32>
    %cst_265 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1483 = stablehlo.reduce(%1482 init: %cst_265) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024xf32>, tensor<f32>) -> tensor<f32>
    %cst_266 = stablehlo.constant dense<0x49800000> : tensor<f32>
    %1484 = stablehlo.divide %1483, %cst_266 : tensor<f32>
    %cst_267 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_268 = stablehlo.constant dense<0x49800000> : tensor<f32>
    %1485 = stablehlo.divide %cst_267, %cst_268 : tensor<f32>
    %1486 = stablehlo.broadcast_in_dim %1485, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1487 = stablehlo.negate %1486 : tensor<1024x1024xf32>
    %1488 = stablehlo.divide %1486, %1477 : tensor<1024x1024xf32>
    %cst_269 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1489 = stablehlo.broadcast_in_dim %cst_269, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1490 = stablehlo.select %1479, %1489, %1488 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %1491 = stablehlo.select %1479, %1488, %1489 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %1492 = stablehlo.negate %1490 : tensor<1024x1024xf32>
    %1493 = stablehlo.add %1491, %1492 : tensor<1024x1024xf32>
    %1494 = stablehlo.broadcast_in_dim %1493, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x32000xf32>
    %1495 = stablehlo.multiply %1494, %1474 : tensor<1024x1024x32000xf32>
    %1496 = call @_take_9(%1448#1, %1487) : (tensor<1xi32>, tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1497 = call @take_along_axis_10(%1447#1, %1496) : (tensor<1024x1024x1x1xi32>, tensor<1024x1024x1xf32>) -> tensor<1024x1024x32000xf32>
    %1498 = stablehlo.add %1495, %1497 : tensor<1024x1024x32000xf32>
    %1499 = stablehlo.convert %1498 : (tensor<1024x1024x32000xf32>) -> tensor<1024x1024x32000xf16>
    %1500 = stablehlo.dot_general %1499, %1441, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x32000xf16>, tensor<1024x1024x768xf16>) -> tensor<32000x768xf16>
    %1501 = stablehlo.transpose %1500, dims = [1, 0] : (tensor<32000x768xf16>) -> tensor<768x32000xf16>
    %1502 = stablehlo.dot_general %1499, %1443, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x32000xf16>, tensor<768x32000xf16>) -> tensor<1024x1024x768xf16>
    %1503 = stablehlo.transpose %1501, dims = [1, 0] : (tensor<768x32000xf16>) -> tensor<32000x768xf16>
    %1504 = stablehlo.convert %1503 : (tensor<32000x768xf16>) -> tensor<32000x768xf32>
    %1505 = stablehlo.convert %1502 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_270 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1506 = stablehlo.reduce(%1505 init: %cst_270) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %1507 = stablehlo.reshape %1506 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1508 = stablehlo.reshape %1507 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %1509 = stablehlo.multiply %1426, %1505 : tensor<1024x1024x768xf32>
    %1510 = stablehlo.multiply %1505, %1436 : tensor<1024x1024x768xf32>
    %1511 = stablehlo.broadcast_in_dim %1429, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1512 = stablehlo.multiply %1511, %1509 : tensor<1024x1024x768xf32>
    %cst_271 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1513 = stablehlo.reduce(%1512 init: %cst_271) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %1514 = stablehlo.reshape %1513 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1515 = stablehlo.broadcast_in_dim %1433, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1516 = stablehlo.multiply %1509, %1515 : tensor<1024x1024x768xf32>
    %cst_272 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1517 = stablehlo.reduce(%1516 init: %cst_272) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %1518 = stablehlo.reshape %1517 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1519 = stablehlo.reshape %1514 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %1520 = stablehlo.multiply %1518, %1432 : tensor<1024x1024x1xf32>
    %1521 = stablehlo.negate %1510 : tensor<1024x1024x768xf32>
    %cst_273 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1522 = stablehlo.reduce(%1521 init: %cst_273) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %1523 = stablehlo.reshape %1522 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1524 = stablehlo.convert %1510 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %cst_274 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1525 = stablehlo.reduce(%1520 init: %cst_274) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_275 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1526 = stablehlo.reduce(%1523 init: %cst_275) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %1527 = stablehlo.multiply %1525, %1421 : tensor<1024x1024xf32>
    %1528 = stablehlo.negate %1527 : tensor<1024x1024xf32>
    %1529 = stablehlo.multiply %1528, %1408 : tensor<1024x1024xf32>
    %1530 = stablehlo.add %1526, %1529 : tensor<1024x1024xf32>
    %cst_276 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1531 = stablehlo.broadcast_in_dim %cst_276, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1532 = stablehlo.divide %1527, %1531 : tensor<1024x1024xf32>
    %1533 = stablehlo.broadcast_in_dim %1532, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_277 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1534 = stablehlo.broadcast_in_dim %cst_277, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1535 = stablehlo.divide %1530, %1534 : tensor<1024x1024xf32>
    %1536 = stablehlo.broadcast_in_dim %1535, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %1537 = stablehlo.multiply %1533, %1399 : tensor<1024x1024x768xf32>
    %1538 = stablehlo.add %1536, %1537 : tensor<1024x1024x768xf32>
    %1539 = stablehlo.convert %1538 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1540 = stablehlo.add %1524, %1539 : tensor<1024x1024x768xf16>
    %1541:13 = stablehlo.optimization_barrier %arg80, %arg81, %arg82, %arg83, %arg84, %arg85, %arg87, %arg88, %arg89, %arg90, %arg91, %1268, %1540 : tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>
    %1542 = stablehlo.convert %1541#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1543 = chlo.square %1542 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_278 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1544 = stablehlo.broadcast_in_dim %cst_278, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %1545 = stablehlo.multiply %1544, %1542 : tensor<1024x1024x768xf32>
    %cst_279 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1546 = stablehlo.reduce(%1542 init: %cst_279) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_280 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1547 = stablehlo.broadcast_in_dim %cst_280, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1548 = stablehlo.divide %1546, %1547 : tensor<1024x1024xf32>
    %cst_281 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1549 = stablehlo.reduce(%1543 init: %cst_281) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_282 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1550 = stablehlo.broadcast_in_dim %cst_282, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1551 = stablehlo.divide %1549, %1550 : tensor<1024x1024xf32>
    %1552 = chlo.square %1548 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_283 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1553 = stablehlo.broadcast_in_dim %cst_283, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1554 = stablehlo.multiply %1553, %1548 : tensor<1024x1024xf32>
    %1555 = stablehlo.subtract %1551, %1552 : tensor<1024x1024xf32>
    %cst_284 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1556 = stablehlo.broadcast_in_dim %cst_284, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1557 = stablehlo.maximum %1556, %1555 : tensor<1024x1024xf32>
    %1558 = stablehlo.compare EQ, %1555, %1557, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_285 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1559 = stablehlo.broadcast_in_dim %cst_285, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_286 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1560 = stablehlo.broadcast_in_dim %cst_286, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1561 = stablehlo.select %1558, %1559, %1560 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_287 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1562 = stablehlo.broadcast_in_dim %cst_287, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1563 = stablehlo.compare EQ, %1562, %1557, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_288 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1564 = stablehlo.broadcast_in_dim %cst_288, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_289 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1565 = stablehlo.broadcast_in_dim %cst_289, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1566 = stablehlo.select %1563, %1564, %1565 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %1567 = stablehlo.divide %1561, %1566 : tensor<1024x1024xf32>
    %1568 = stablehlo.broadcast_in_dim %1548, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1569 = stablehlo.broadcast_in_dim %1557, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1570 = stablehlo.convert %1541#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1571 = stablehlo.broadcast_in_dim %1568, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1572 = stablehlo.subtract %1570, %1571 : tensor<1024x1024x768xf32>
    %cst_290 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %1573 = stablehlo.broadcast_in_dim %cst_290, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1574 = stablehlo.add %1569, %1573 : tensor<1024x1024x1xf32>
    %1575 = stablehlo.rsqrt %1574 : tensor<1024x1024x1xf32>
    %1576 = stablehlo.divide %1575, %1574 : tensor<1024x1024x1xf32>
    %cst_291 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1577 = stablehlo.broadcast_in_dim %cst_291, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1578 = stablehlo.multiply %1577, %1576 : tensor<1024x1024x1xf32>
    %1579 = stablehlo.reshape %1541#8 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1580 = stablehlo.broadcast_in_dim %1575, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1581 = stablehlo.broadcast_in_dim %1579, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1582 = stablehlo.multiply %1580, %1581 : tensor<1024x1024x768xf32>
    %1583 = stablehlo.multiply %1572, %1582 : tensor<1024x1024x768xf32>
    %1584 = stablehlo.reshape %1541#7 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1585 = stablehlo.broadcast_in_dim %1584, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1586 = stablehlo.add %1583, %1585 : tensor<1024x1024x768xf32>
    %1587 = stablehlo.convert %1586 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1588 = stablehlo.convert %1541#1 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %1589 = stablehlo.convert %1541#0 : (tensor<2304xf32>) -> tensor<2304xf16>
    %1590 = stablehlo.dot_general %1587, %1588, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %1591 = stablehlo.reshape %1589 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %1592 = stablehlo.broadcast_in_dim %1591, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %1593 = stablehlo.add %1590, %1592 : tensor<1024x1024x2304xf16>
    %1594 = stablehlo.reshape %1593 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %1595 = stablehlo.slice %1594 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %1596 = stablehlo.reshape %1595 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1597 = stablehlo.slice %1594 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %1598 = stablehlo.reshape %1597 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1599 = stablehlo.slice %1594 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %1600 = stablehlo.reshape %1599 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1601 = stablehlo.dot_general %1596, %1598, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_292 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %1602 = stablehlo.broadcast_in_dim %cst_292, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %1603 = stablehlo.multiply %1601, %1602 : tensor<1024x16x1024x1024xf16>
    %c_293 = stablehlo.constant dense<true> : tensor<i1>
    %1604 = stablehlo.broadcast_in_dim %c_293, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %1605 = call @tril_11(%1604) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %1606 = stablehlo.broadcast_in_dim %1605, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_294 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %1607:3 = call @_where_12(%1606, %1603, %cst_294) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> (tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>)
    %cst_295 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %1608 = stablehlo.reduce(%1607#0 init: %cst_295) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_296 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %1609 = stablehlo.broadcast_in_dim %cst_296, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %1610 = stablehlo.maximum %1609, %1608 : tensor<1024x16x1024xf16>
    %1611 = stablehlo.broadcast_in_dim %1610, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %1612 = stablehlo.broadcast_in_dim %1611, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %1613 = stablehlo.subtract %1607#0, %1612 : tensor<1024x16x1024x1024xf16>
    %1614 = stablehlo.exponential %1613 : tensor<1024x16x1024x1024xf16>
    %1615 = stablehlo.convert %1614 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_297 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1616 = stablehlo.reduce(%1615 init: %cst_297) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %1617 = stablehlo.broadcast_in_dim %1616, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %1618 = stablehlo.convert %1617 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %1619 = stablehlo.broadcast_in_dim %1618, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %1620 = stablehlo.divide %1614, %1619 : tensor<1024x16x1024x1024xf16>
    %1621 = stablehlo.multiply %1618, %1618 : tensor<1024x16x1024x1xf16>
    %cst_298 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %1622 = stablehlo.broadcast_in_dim %cst_298, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1xf16>
    %1623 = stablehlo.divide %1622, %1621 : tensor<1024x16x1024x1xf16>
    %1624 = stablehlo.dot_general %1600, %1620, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %1625 = stablehlo.transpose %1624, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %1626 = stablehlo.reshape %1625 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %1627 = stablehlo.convert %1541#3 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %1628 = stablehlo.convert %1541#2 : (tensor<768xf32>) -> tensor<768xf16>
    %1629 = stablehlo.dot_general %1626, %1627, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %1630 = stablehlo.reshape %1628 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %1631 = stablehlo.broadcast_in_dim %1630, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %1632 = stablehlo.add %1629, %1631 : tensor<1024x1024x768xf16>
    %1633 = stablehlo.add %1541#11, %1632 : tensor<1024x1024x768xf16>
    %1634 = stablehlo.convert %1633 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1635 = chlo.square %1634 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_299 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1636 = stablehlo.broadcast_in_dim %cst_299, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %1637 = stablehlo.multiply %1636, %1634 : tensor<1024x1024x768xf32>
    %cst_300 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1638 = stablehlo.reduce(%1634 init: %cst_300) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_301 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1639 = stablehlo.broadcast_in_dim %cst_301, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1640 = stablehlo.divide %1638, %1639 : tensor<1024x1024xf32>
    %cst_302 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1641 = stablehlo.reduce(%1635 init: %cst_302) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_303 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1642 = stablehlo.broadcast_in_dim %cst_303, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1643 = stablehlo.divide %1641, %1642 : tensor<1024x1024xf32>
    %1644 = chlo.square %1640 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_304 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1645 = stablehlo.broadcast_in_dim %cst_304, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1646 = stablehlo.multiply %1645, %1640 : tensor<1024x1024xf32>
    %1647 = stablehlo.subtract %1643, %1644 : tensor<1024x1024xf32>
    %cst_305 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1648 = stablehlo.broadcast_in_dim %cst_305, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1649 = stablehlo.maximum %1648, %1647 : tensor<1024x1024xf32>
    %1650 = stablehlo.compare EQ, %1647, %1649, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_306 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1651 = stablehlo.broadcast_in_dim %cst_306, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_307 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1652 = stablehlo.broadcast_in_dim %cst_307, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1653 = stablehlo.select %1650, %1651, %1652 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_308 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1654 = stablehlo.broadcast_in_dim %cst_308, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1655 = stablehlo.compare EQ, %1654, %1649, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_309 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1656 = stablehlo.broadcast_in_dim %cst_309, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_310 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1657 = stablehlo.broadcast_in_dim %cst_310, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1658 = stablehlo.select %1655, %1656, %1657 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %1659 = stablehlo.divide %1653, %1658 : tensor<1024x1024xf32>
    %1660 = stablehlo.broadcast_in_dim %1640, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1661 = stablehlo.broadcast_in_dim %1649, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1662 = stablehlo.convert %1633 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1663 = stablehlo.broadcast_in_dim %1660, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1664 = stablehlo.subtract %1662, %1663 : tensor<1024x1024x768xf32>
    %cst_311 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %1665 = stablehlo.broadcast_in_dim %cst_311, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1666 = stablehlo.add %1661, %1665 : tensor<1024x1024x1xf32>
    %1667 = stablehlo.rsqrt %1666 : tensor<1024x1024x1xf32>
    %1668 = stablehlo.divide %1667, %1666 : tensor<1024x1024x1xf32>
    %cst_312 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1669 = stablehlo.broadcast_in_dim %cst_312, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1670 = stablehlo.multiply %1669, %1668 : tensor<1024x1024x1xf32>
    %1671 = stablehlo.reshape %1541#10 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1672 = stablehlo.broadcast_in_dim %1667, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1673 = stablehlo.broadcast_in_dim %1671, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1674 = stablehlo.multiply %1672, %1673 : tensor<1024x1024x768xf32>
    %1675 = stablehlo.multiply %1664, %1674 : tensor<1024x1024x768xf32>
    %1676 = stablehlo.reshape %1541#9 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1677 = stablehlo.broadcast_in_dim %1676, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1678 = stablehlo.add %1675, %1677 : tensor<1024x1024x768xf32>
    %1679 = stablehlo.convert %1678 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1680 = stablehlo.convert %1541#5 : (tensor<768x6144xf32>) -> tensor<768x6144xf16>
    %1681 = stablehlo.convert %1541#4 : (tensor<6144xf32>) -> tensor<6144xf16>
    %1682 = stablehlo.dot_general %1679, %1680, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x6144xf16>) -> tensor<1024x1024x6144xf16>
    %1683 = stablehlo.reshape %1681 : (tensor<6144xf16>) -> tensor<1x1x6144xf16>
    %1684 = stablehlo.broadcast_in_dim %1683, dims = [0, 1, 2] : (tensor<1x1x6144xf16>) -> tensor<1024x1024x6144xf16>
    %1685 = stablehlo.add %1682, %1684 : tensor<1024x1024x6144xf16>
    %1686 = stablehlo.multiply %1685, %1685 : tensor<1024x1024x6144xf16>
    %1687 = stablehlo.multiply %1686, %1685 : tensor<1024x1024x6144xf16>
    %1688 = stablehlo.multiply %1685, %1685 : tensor<1024x1024x6144xf16>
    %cst_313 = stablehlo.constant dense<3.000000e+00> : tensor<f16>
    %1689 = stablehlo.broadcast_in_dim %cst_313, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1690 = stablehlo.multiply %1689, %1688 : tensor<1024x1024x6144xf16>
    %cst_314 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %1691 = stablehlo.broadcast_in_dim %cst_314, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1692 = stablehlo.multiply %1691, %1687 : tensor<1024x1024x6144xf16>
    %1693 = stablehlo.add %1685, %1692 : tensor<1024x1024x6144xf16>
    %cst_315 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %1694 = stablehlo.broadcast_in_dim %cst_315, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1695 = stablehlo.multiply %1694, %1693 : tensor<1024x1024x6144xf16>
    %1696 = stablehlo.tanh %1695 : tensor<1024x1024x6144xf16>
    %cst_316 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %1697 = stablehlo.broadcast_in_dim %cst_316, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1698 = stablehlo.subtract %1697, %1696 : tensor<1024x1024x6144xf16>
    %cst_317 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %1699 = stablehlo.broadcast_in_dim %cst_317, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1700 = stablehlo.add %1699, %1696 : tensor<1024x1024x6144xf16>
    %cst_318 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %1701 = stablehlo.broadcast_in_dim %cst_318, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1702 = stablehlo.multiply %1701, %1700 : tensor<1024x1024x6144xf16>
    %1703 = stablehlo.multiply %1685, %1702 : tensor<1024x1024x6144xf16>
    %1704 = stablehlo.convert %1541#6 : (tensor<6144x768xf32>) -> tensor<6144x768xf16>
    %cst_319 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %1705 = stablehlo.reduce(%1541#12 init: %cst_319) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf16>, tensor<f16>) -> tensor<768xf16>
    %1706 = stablehlo.reshape %1705 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %1707 = stablehlo.reshape %1706 : (tensor<1x1x768xf16>) -> tensor<768xf16>
    %1708 = stablehlo.dot_general %1541#12, %1703, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<1024x1024x6144xf16>) -> tensor<768x6144xf16>
    %1709 = stablehlo.transpose %1708, dims = [1, 0] : (tensor<768x6144xf16>) -> tensor<6144x768xf16>
    %1710 = stablehlo.dot_general %1541#12, %1704, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<6144x768xf16>) -> tensor<1024x1024x6144xf16>
    %1711 = stablehlo.convert %1707 : (tensor<768xf16>) -> tensor<768xf32>
    %1712 = stablehlo.convert %1709 : (tensor<6144x768xf16>) -> tensor<6144x768xf32>
    %1713 = stablehlo.multiply %1685, %1710 : tensor<1024x1024x6144xf16>
    %1714 = stablehlo.multiply %1710, %1702 : tensor<1024x1024x6144xf16>
    %cst_320 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %1715 = stablehlo.broadcast_in_dim %cst_320, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1716 = stablehlo.multiply %1715, %1713 : tensor<1024x1024x6144xf16>
    %1717 = stablehlo.multiply %1716, %1698 : tensor<1024x1024x6144xf16>
    %1718 = stablehlo.multiply %1717, %1696 : tensor<1024x1024x6144xf16>
    %1719 = stablehlo.add %1717, %1718 : tensor<1024x1024x6144xf16>
    %cst_321 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %1720 = stablehlo.broadcast_in_dim %cst_321, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1721 = stablehlo.multiply %1720, %1719 : tensor<1024x1024x6144xf16>
    %1722 = stablehlo.add %1714, %1721 : tensor<1024x1024x6144xf16>
    %cst_322 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %1723 = stablehlo.broadcast_in_dim %cst_322, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %1724 = stablehlo.multiply %1723, %1721 : tensor<1024x1024x6144xf16>
    %1725 = stablehlo.multiply %1724, %1690 : tensor<1024x1024x6144xf16>
    %1726 = stablehlo.add %1722, %1725 : tensor<1024x1024x6144xf16>
    %cst_323 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %1727 = stablehlo.reduce(%1726 init: %cst_323) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x6144xf16>, tensor<f16>) -> tensor<6144xf16>
    %1728 = stablehlo.reshape %1727 : (tensor<6144xf16>) -> tensor<1x1x6144xf16>
    %1729 = stablehlo.reshape %1728 : (tensor<1x1x6144xf16>) -> tensor<6144xf16>
    %1730 = stablehlo.dot_general %1726, %1679, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x6144xf16>, tensor<1024x1024x768xf16>) -> tensor<6144x768xf16>
    %1731 = stablehlo.transpose %1730, dims = [1, 0] : (tensor<6144x768xf16>) -> tensor<768x6144xf16>
    %1732 = stablehlo.dot_general %1726, %1680, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x6144xf16>, tensor<768x6144xf16>) -> tensor<1024x1024x768xf16>
    %1733 = stablehlo.convert %1729 : (tensor<6144xf16>) -> tensor<6144xf32>
    %1734 = stablehlo.convert %1731 : (tensor<768x6144xf16>) -> tensor<768x6144xf32>
    %1735 = stablehlo.convert %1732 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_324 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1736 = stablehlo.reduce(%1735 init: %cst_324) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %1737 = stablehlo.reshape %1736 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1738 = stablehlo.reshape %1737 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %1739 = stablehlo.multiply %1664, %1735 : tensor<1024x1024x768xf32>
    %1740 = stablehlo.multiply %1735, %1674 : tensor<1024x1024x768xf32>
    %1741 = stablehlo.broadcast_in_dim %1667, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1742 = stablehlo.multiply %1741, %1739 : tensor<1024x1024x768xf32>
    %cst_325 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1743 = stablehlo.reduce(%1742 init: %cst_325) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %1744 = stablehlo.reshape %1743 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1745 = stablehlo.broadcast_in_dim %1671, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1746 = stablehlo.multiply %1739, %1745 : tensor<1024x1024x768xf32>
    %cst_326 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1747 = stablehlo.reduce(%1746 init: %cst_326) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %1748 = stablehlo.reshape %1747 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1749 = stablehlo.reshape %1744 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %1750 = stablehlo.multiply %1748, %1670 : tensor<1024x1024x1xf32>
    %1751 = stablehlo.negate %1740 : tensor<1024x1024x768xf32>
    %cst_327 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1752 = stablehlo.reduce(%1751 init: %cst_327) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %1753 = stablehlo.reshape %1752 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1754 = stablehlo.convert %1740 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1755 = stablehlo.add %1541#12, %1754 : tensor<1024x1024x768xf16>
    %cst_328 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1756 = stablehlo.reduce(%1750 init: %cst_328) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_329 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1757 = stablehlo.reduce(%1753 init: %cst_329) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %1758 = stablehlo.multiply %1756, %1659 : tensor<1024x1024xf32>
    %1759 = stablehlo.negate %1758 : tensor<1024x1024xf32>
    %1760 = stablehlo.multiply %1759, %1646 : tensor<1024x1024xf32>
    %1761 = stablehlo.add %1757, %1760 : tensor<1024x1024xf32>
    %cst_330 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1762 = stablehlo.broadcast_in_dim %cst_330, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1763 = stablehlo.divide %1758, %1762 : tensor<1024x1024xf32>
    %1764 = stablehlo.broadcast_in_dim %1763, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_331 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1765 = stablehlo.broadcast_in_dim %cst_331, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1766 = stablehlo.divide %1761, %1765 : tensor<1024x1024xf32>
    %1767 = stablehlo.broadcast_in_dim %1766, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %1768 = stablehlo.multiply %1764, %1637 : tensor<1024x1024x768xf32>
    %1769 = stablehlo.add %1767, %1768 : tensor<1024x1024x768xf32>
    %1770 = stablehlo.convert %1769 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1771 = stablehlo.add %1755, %1770 : tensor<1024x1024x768xf16>
    %cst_332 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %1772 = stablehlo.reduce(%1771 init: %cst_332) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf16>, tensor<f16>) -> tensor<768xf16>
    %1773 = stablehlo.reshape %1772 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %1774 = stablehlo.reshape %1773 : (tensor<1x1x768xf16>) -> tensor<768xf16>
    %1775 = stablehlo.dot_general %1771, %1626, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>) -> tensor<768x768xf16>
    %1776 = stablehlo.transpose %1775, dims = [1, 0] : (tensor<768x768xf16>) -> tensor<768x768xf16>
    %1777 = stablehlo.dot_general %1771, %1627, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %1778 = stablehlo.convert %1774 : (tensor<768xf16>) -> tensor<768xf32>
    %1779 = stablehlo.convert %1776 : (tensor<768x768xf16>) -> tensor<768x768xf32>
    %1780 = stablehlo.reshape %1777 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x16x48xf16>
    %1781 = stablehlo.transpose %1780, dims = [0, 2, 3, 1] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x16x48x1024xf16>
    %1782 = stablehlo.dot_general %1781, %1600, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %1783 = stablehlo.dot_general %1781, %1620, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %1784 = stablehlo.transpose %1783, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %1785 = stablehlo.broadcast_in_dim %1623, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %1786 = stablehlo.multiply %1782, %1785 : tensor<1024x16x1024x1024xf16>
    %1787 = stablehlo.multiply %1786, %1614 : tensor<1024x16x1024x1024xf16>
    %cst_333 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %1788 = stablehlo.reduce(%1787 init: %cst_333) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %1789 = stablehlo.reshape %1788 : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %1790 = stablehlo.negate %1789 : tensor<1024x16x1024x1xf16>
    %1791 = stablehlo.broadcast_in_dim %1618, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %1792 = stablehlo.divide %1782, %1791 : tensor<1024x16x1024x1024xf16>
    %1793 = stablehlo.convert %1790 : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1xf32>
    %cst_334 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1794 = stablehlo.reduce(%1793 init: %cst_334) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %1795 = stablehlo.broadcast_in_dim %1794, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1024xf32>
    %1796 = stablehlo.convert %1795 : (tensor<1024x16x1024x1024xf32>) -> tensor<1024x16x1024x1024xf16>
    %1797 = stablehlo.add %1792, %1796 : tensor<1024x16x1024x1024xf16>
    %1798 = stablehlo.multiply %1797, %1614 : tensor<1024x16x1024x1024xf16>
    %1799 = call @_where_13(%1607#1, %1607#2, %1798) : (tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_335 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %1800 = stablehlo.broadcast_in_dim %cst_335, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %1801 = stablehlo.multiply %1799, %1800 : tensor<1024x16x1024x1024xf16>
    %1802 = stablehlo.dot_general %1801, %1596, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %1803 = stablehlo.transpose %1802, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1804 = stablehlo.dot_general %1801, %1598, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %1805 = stablehlo.transpose %1804, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1806 = stablehlo.broadcast_in_dim %1784, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_336 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %1807 = stablehlo.pad %1806, %cst_336, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %1808 = stablehlo.broadcast_in_dim %1803, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_337 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %1809 = stablehlo.pad %1808, %cst_337, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %1810 = stablehlo.add %1807, %1809 : tensor<1024x1024x16x3x48xf16>
    %1811 = stablehlo.broadcast_in_dim %1805, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_338 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %1812 = stablehlo.pad %1811, %cst_338, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %1813 = stablehlo.add %1810, %1812 : tensor<1024x1024x16x3x48xf16>
    %1814 = stablehlo.reshape %1813 : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x2304xf16>
    %cst_339 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %1815 = stablehlo.reduce(%1814 init: %cst_339) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x2304xf16>, tensor<f16>) -> tensor<2304xf16>
    %1816 = stablehlo.reshape %1815 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %1817 = stablehlo.reshape %1816 : (tensor<1x1x2304xf16>) -> tensor<2304xf16>
    %1818 = stablehlo.dot_general %1814, %1587, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<1024x1024x768xf16>) -> tensor<2304x768xf16>
    %1819 = stablehlo.transpose %1818, dims = [1, 0] : (tensor<2304x768xf16>) -> tensor<768x2304xf16>
    %1820 = stablehlo.dot_general %1814, %1588, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x768xf16>
    %1821 = stablehlo.convert %1817 : (tensor<2304xf16>) -> tensor<2304xf32>
    %1822 = stablehlo.convert %1819 : (tensor<768x2304xf16>) -> tensor<768x2304xf32>
    %1823 = stablehlo.convert %1820 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_340 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1824 = stablehlo.reduce(%1823 init: %cst_340) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %1825 = stablehlo.reshape %1824 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1826 = stablehlo.reshape %1825 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %1827 = stablehlo.multiply %1572, %1823 : tensor<1024x1024x768xf32>
    %1828 = stablehlo.multiply %1823, %1582 : tensor<1024x1024x768xf32>
    %1829 = stablehlo.broadcast_in_dim %1575, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1830 = stablehlo.multiply %1829, %1827 : tensor<1024x1024x768xf32>
    %cst_341 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1831 = stablehlo.reduce(%1830 init: %cst_341) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %1832 = stablehlo.reshape %1831 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1833 = stablehlo.broadcast_in_dim %1579, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1834 = stablehlo.multiply %1827, %1833 : tensor<1024x1024x768xf32>
    %cst_342 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1835 = stablehlo.reduce(%1834 init: %cst_342) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %1836 = stablehlo.reshape %1835 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1837 = stablehlo.reshape %1832 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %1838 = stablehlo.multiply %1836, %1578 : tensor<1024x1024x1xf32>
    %1839 = stablehlo.negate %1828 : tensor<1024x1024x768xf32>
    %cst_343 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1840 = stablehlo.reduce(%1839 init: %cst_343) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %1841 = stablehlo.reshape %1840 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1842 = stablehlo.convert %1828 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1843 = stablehlo.add %1771, %1842 : tensor<1024x1024x768xf16>
    %cst_344 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1844 = stablehlo.reduce(%1838 init: %cst_344) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_345 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1845 = stablehlo.reduce(%1841 init: %cst_345) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %1846 = stablehlo.multiply %1844, %1567 : tensor<1024x1024xf32>
    %1847 = stablehlo.negate %1846 : tensor<1024x1024xf32>
    %1848 = stablehlo.multiply %1847, %1554 : tensor<1024x1024xf32>
    %1849 = stablehlo.add %1845, %1848 : tensor<1024x1024xf32>
    %cst_346 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1850 = stablehlo.broadcast_in_dim %cst_346, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1851 = stablehlo.divide %1846, %1850 : tensor<1024x1024xf32>
    %1852 = stablehlo.broadcast_in_dim %1851, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_347 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1853 = stablehlo.broadcast_in_dim %cst_347, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1854 = stablehlo.divide %1849, %1853 : tensor<1024x1024xf32>
    %1855 = stablehlo.broadcast_in_dim %1854, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %1856 = stablehlo.multiply %1852, %1545 : tensor<1024x1024x768xf32>
    %1857 = stablehlo.add %1855, %1856 : tensor<1024x1024x768xf32>
    %1858 = stablehlo.convert %1857 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1859 = stablehlo.add %1843, %1858 : tensor<1024x1024x768xf16>
    %1860:13 = stablehlo.optimization_barrier %arg69, %arg70, %arg71, %arg72, %arg73, %arg74, %arg75, %arg76, %arg77, %arg78, %arg79, %1048, %1859 : tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>
    %1861 = stablehlo.convert %1860#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1862 = chlo.square %1861 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_348 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1863 = stablehlo.broadcast_in_dim %cst_348, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %1864 = stablehlo.multiply %1863, %1861 : tensor<1024x1024x768xf32>
    %cst_349 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1865 = stablehlo.reduce(%1861 init: %cst_349) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_350 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1866 = stablehlo.broadcast_in_dim %cst_350, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1867 = stablehlo.divide %1865, %1866 : tensor<1024x1024xf32>
    %cst_351 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1868 = stablehlo.reduce(%1862 init: %cst_351) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_352 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1869 = stablehlo.broadcast_in_dim %cst_352, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1870 = stablehlo.divide %1868, %1869 : tensor<1024x1024xf32>
    %1871 = chlo.square %1867 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_353 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1872 = stablehlo.broadcast_in_dim %cst_353, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1873 = stablehlo.multiply %1872, %1867 : tensor<1024x1024xf32>
    %1874 = stablehlo.subtract %1870, %1871 : tensor<1024x1024xf32>
    %cst_354 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1875 = stablehlo.broadcast_in_dim %cst_354, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1876 = stablehlo.maximum %1875, %1874 : tensor<1024x1024xf32>
    %1877 = stablehlo.compare EQ, %1874, %1876, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_355 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1878 = stablehlo.broadcast_in_dim %cst_355, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_356 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1879 = stablehlo.broadcast_in_dim %cst_356, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1880 = stablehlo.select %1877, %1878, %1879 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_357 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1881 = stablehlo.broadcast_in_dim %cst_357, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1882 = stablehlo.compare EQ, %1881, %1876, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_358 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1883 = stablehlo.broadcast_in_dim %cst_358, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_359 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1884 = stablehlo.broadcast_in_dim %cst_359, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1885 = stablehlo.select %1882, %1883, %1884 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %1886 = stablehlo.divide %1880, %1885 : tensor<1024x1024xf32>
    %1887 = stablehlo.broadcast_in_dim %1867, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1888 = stablehlo.broadcast_in_dim %1876, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1889 = stablehlo.convert %1860#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1890 = stablehlo.broadcast_in_dim %1887, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1891 = stablehlo.subtract %1889, %1890 : tensor<1024x1024x768xf32>
    %cst_360 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %1892 = stablehlo.broadcast_in_dim %cst_360, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1893 = stablehlo.add %1888, %1892 : tensor<1024x1024x1xf32>
    %1894 = stablehlo.rsqrt %1893 : tensor<1024x1024x1xf32>
    %1895 = stablehlo.divide %1894, %1893 : tensor<1024x1024x1xf32>
    %cst_361 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1896 = stablehlo.broadcast_in_dim %cst_361, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1897 = stablehlo.multiply %1896, %1895 : tensor<1024x1024x1xf32>
    %1898 = stablehlo.reshape %1860#5 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1899 = stablehlo.broadcast_in_dim %1894, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1900 = stablehlo.broadcast_in_dim %1898, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1901 = stablehlo.multiply %1899, %1900 : tensor<1024x1024x768xf32>
    %1902 = stablehlo.multiply %1891, %1901 : tensor<1024x1024x768xf32>
    %1903 = stablehlo.reshape %1860#4 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1904 = stablehlo.broadcast_in_dim %1903, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1905 = stablehlo.add %1902, %1904 : tensor<1024x1024x768xf32>
    %1906 = stablehlo.convert %1905 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1907 = stablehlo.convert %1860#1 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %1908 = stablehlo.convert %1860#0 : (tensor<2304xf32>) -> tensor<2304xf16>
    %1909 = stablehlo.dot_general %1906, %1907, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %1910 = stablehlo.reshape %1908 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %1911 = stablehlo.broadcast_in_dim %1910, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %1912 = stablehlo.add %1909, %1911 : tensor<1024x1024x2304xf16>
    %1913 = stablehlo.reshape %1912 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %1914 = stablehlo.slice %1913 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %1915 = stablehlo.reshape %1914 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1916 = stablehlo.slice %1913 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %1917 = stablehlo.reshape %1916 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1918 = stablehlo.slice %1913 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %1919 = stablehlo.reshape %1918 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %1920 = stablehlo.dot_general %1915, %1917, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_362 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %1921 = stablehlo.broadcast_in_dim %cst_362, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %1922 = stablehlo.multiply %1920, %1921 : tensor<1024x16x1024x1024xf16>
    %c_363 = stablehlo.constant dense<true> : tensor<i1>
    %1923 = stablehlo.broadcast_in_dim %c_363, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %1924 = call @tril_11(%1923) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %1925 = stablehlo.broadcast_in_dim %1924, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_364 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %1926:3 = call @_where_12(%1925, %1922, %cst_364) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> (tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>)
    %cst_365 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %1927 = stablehlo.reduce(%1926#0 init: %cst_365) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_366 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %1928 = stablehlo.broadcast_in_dim %cst_366, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %1929 = stablehlo.maximum %1928, %1927 : tensor<1024x16x1024xf16>
    %1930 = stablehlo.broadcast_in_dim %1929, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %1931 = stablehlo.broadcast_in_dim %1930, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %1932 = stablehlo.subtract %1926#0, %1931 : tensor<1024x16x1024x1024xf16>
    %1933 = stablehlo.exponential %1932 : tensor<1024x16x1024x1024xf16>
    %1934 = stablehlo.convert %1933 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_367 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1935 = stablehlo.reduce(%1934 init: %cst_367) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %1936 = stablehlo.broadcast_in_dim %1935, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %1937 = stablehlo.convert %1936 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %1938 = stablehlo.broadcast_in_dim %1937, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %1939 = stablehlo.divide %1933, %1938 : tensor<1024x16x1024x1024xf16>
    %1940 = stablehlo.multiply %1937, %1937 : tensor<1024x16x1024x1xf16>
    %cst_368 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %1941 = stablehlo.broadcast_in_dim %cst_368, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1xf16>
    %1942 = stablehlo.divide %1941, %1940 : tensor<1024x16x1024x1xf16>
    %1943 = stablehlo.dot_general %1919, %1939, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %1944 = stablehlo.transpose %1943, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %1945 = stablehlo.reshape %1944 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %1946 = stablehlo.convert %1860#3 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %1947 = stablehlo.convert %1860#2 : (tensor<768xf32>) -> tensor<768xf16>
    %1948 = stablehlo.dot_general %1945, %1946, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %1949 = stablehlo.reshape %1947 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %1950 = stablehlo.broadcast_in_dim %1949, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %1951 = stablehlo.add %1948, %1950 : tensor<1024x1024x768xf16>
    %1952 = stablehlo.add %1860#11, %1951 : tensor<1024x1024x768xf16>
    %1953 = stablehlo.convert %1952 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1954 = chlo.square %1953 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_369 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1955 = stablehlo.broadcast_in_dim %cst_369, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %1956 = stablehlo.multiply %1955, %1953 : tensor<1024x1024x768xf32>
    %cst_370 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1957 = stablehlo.reduce(%1953 init: %cst_370) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_371 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1958 = stablehlo.broadcast_in_dim %cst_371, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1959 = stablehlo.divide %1957, %1958 : tensor<1024x1024xf32>
    %cst_372 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1960 = stablehlo.reduce(%1954 init: %cst_372) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_373 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1961 = stablehlo.broadcast_in_dim %cst_373, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1962 = stablehlo.divide %1960, %1961 : tensor<1024x1024xf32>
    %1963 = chlo.square %1959 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_374 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1964 = stablehlo.broadcast_in_dim %cst_374, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1965 = stablehlo.multiply %1964, %1959 : tensor<1024x1024xf32>
    %1966 = stablehlo.subtract %1962, %1963 : tensor<1024x1024xf32>
    %cst_375 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1967 = stablehlo.broadcast_in_dim %cst_375, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1968 = stablehlo.maximum %1967, %1966 : tensor<1024x1024xf32>
    %1969 = stablehlo.compare EQ, %1966, %1968, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_376 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1970 = stablehlo.broadcast_in_dim %cst_376, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_377 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1971 = stablehlo.broadcast_in_dim %cst_377, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1972 = stablehlo.select %1969, %1970, %1971 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_378 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1973 = stablehlo.broadcast_in_dim %cst_378, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1974 = stablehlo.compare EQ, %1973, %1968, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_379 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1975 = stablehlo.broadcast_in_dim %cst_379, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_380 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1976 = stablehlo.broadcast_in_dim %cst_380, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1977 = stablehlo.select %1974, %1975, %1976 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %1978 = stablehlo.divide %1972, %1977 : tensor<1024x1024xf32>
    %1979 = stablehlo.broadcast_in_dim %1959, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1980 = stablehlo.broadcast_in_dim %1968, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %1981 = stablehlo.convert %1952 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %1982 = stablehlo.broadcast_in_dim %1979, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1983 = stablehlo.subtract %1981, %1982 : tensor<1024x1024x768xf32>
    %cst_381 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %1984 = stablehlo.broadcast_in_dim %cst_381, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1985 = stablehlo.add %1980, %1984 : tensor<1024x1024x1xf32>
    %1986 = stablehlo.rsqrt %1985 : tensor<1024x1024x1xf32>
    %1987 = stablehlo.divide %1986, %1985 : tensor<1024x1024x1xf32>
    %cst_382 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1988 = stablehlo.broadcast_in_dim %cst_382, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1989 = stablehlo.multiply %1988, %1987 : tensor<1024x1024x1xf32>
    %1990 = stablehlo.reshape %1860#7 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1991 = stablehlo.broadcast_in_dim %1986, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %1992 = stablehlo.broadcast_in_dim %1990, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1993 = stablehlo.multiply %1991, %1992 : tensor<1024x1024x768xf32>
    %1994 = stablehlo.multiply %1983, %1993 : tensor<1024x1024x768xf32>
    %1995 = stablehlo.reshape %1860#6 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1996 = stablehlo.broadcast_in_dim %1995, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %1997 = stablehlo.add %1994, %1996 : tensor<1024x1024x768xf32>
    %1998 = stablehlo.convert %1997 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %1999 = stablehlo.convert %1860#8 : (tensor<768x16xf32>) -> tensor<768x16xf16>
    %2000 = stablehlo.convert %1860#9 : (tensor<16x768x6144xf32>) -> tensor<16x768x6144xf16>
    %2001 = stablehlo.convert %1860#10 : (tensor<16x6144x768xf32>) -> tensor<16x6144x768xf16>
    %2002 = stablehlo.reshape %1998 : (tensor<1024x1024x768xf16>) -> tensor<512x2048x768xf16>
    %2003 = stablehlo.dot_general %2002, %1999, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<768x16xf16>) -> tensor<512x2048x16xf16>
    %cst_383 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %2004 = stablehlo.reduce(%2003 init: %cst_383) applies stablehlo.maximum across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %cst_384 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %2005 = stablehlo.broadcast_in_dim %cst_384, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %2006 = stablehlo.maximum %2005, %2004 : tensor<512x2048xf16>
    %2007 = stablehlo.broadcast_in_dim %2006, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %2008 = stablehlo.broadcast_in_dim %2007, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %2009 = stablehlo.subtract %2003, %2008 : tensor<512x2048x16xf16>
    %2010 = stablehlo.exponential %2009 : tensor<512x2048x16xf16>
    %2011 = stablehlo.convert %2010 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_385 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2012 = stablehlo.reduce(%2011 init: %cst_385) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %2013 = stablehlo.broadcast_in_dim %2012, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x1xf32>
    %2014 = stablehlo.convert %2013 : (tensor<512x2048x1xf32>) -> tensor<512x2048x1xf16>
    %2015 = stablehlo.broadcast_in_dim %2014, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %2016 = stablehlo.divide %2010, %2015 : tensor<512x2048x16xf16>
    %2017 = stablehlo.multiply %2014, %2014 : tensor<512x2048x1xf16>
    %cst_386 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2018 = stablehlo.broadcast_in_dim %cst_386, dims = [] : (tensor<f16>) -> tensor<512x2048x1xf16>
    %2019 = stablehlo.divide %2018, %2017 : tensor<512x2048x1xf16>
    %2020 = call @argmax(%2016) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %2021 = call @_one_hot_14(%2020) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %2022 = stablehlo.convert %2021 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %2023 = stablehlo.multiply %2016, %2022 : tensor<512x2048x16xf16>
    %2024 = stablehlo.convert %2023 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_387 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2025 = stablehlo.reduce(%2024 init: %cst_387) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %2026 = stablehlo.convert %2025 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %c_388 = stablehlo.constant dense<1> : tensor<i32>
    %2027 = stablehlo.broadcast_in_dim %c_388, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %2028 = stablehlo.subtract %2027, %2021 : tensor<512x2048x16xi32>
    %2029 = stablehlo.convert %2028 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %2030 = stablehlo.multiply %2016, %2029 : tensor<512x2048x16xf16>
    %2031 = call @argmax(%2030) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %2032 = call @_one_hot_14(%2031) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %2033 = stablehlo.convert %2032 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %2034 = stablehlo.multiply %2030, %2033 : tensor<512x2048x16xf16>
    %2035 = stablehlo.convert %2034 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_389 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2036 = stablehlo.reduce(%2035 init: %cst_389) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %2037 = stablehlo.convert %2036 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %2038 = call @cumsum_15(%2021) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %2039 = stablehlo.subtract %2038, %2021 : tensor<512x2048x16xi32>
    %c_390 = stablehlo.constant dense<256> : tensor<i32>
    %2040 = stablehlo.broadcast_in_dim %c_390, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %2041 = stablehlo.compare LT, %2039, %2040, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %2042 = stablehlo.convert %2041 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %2043 = stablehlo.multiply %2021, %2042 : tensor<512x2048x16xi32>
    %2044 = stablehlo.multiply %2039, %2043 : tensor<512x2048x16xi32>
    %c_391 = stablehlo.constant dense<0> : tensor<i32>
    %2045 = stablehlo.reduce(%2044 init: %c_391) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_392 = stablehlo.constant dense<0> : tensor<i32>
    %2046 = stablehlo.reduce(%2043 init: %c_392) applies stablehlo.add across dimensions = [1] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x16xi32>
    %c_393 = stablehlo.constant dense<0> : tensor<i32>
    %2047 = stablehlo.reduce(%2043 init: %c_393) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %2048 = call @cumsum_15(%2032) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %2049 = stablehlo.subtract %2048, %2032 : tensor<512x2048x16xi32>
    %2050 = stablehlo.broadcast_in_dim %2046, dims = [0, 2] : (tensor<512x16xi32>) -> tensor<512x1x16xi32>
    %2051 = stablehlo.broadcast_in_dim %2050, dims = [0, 1, 2] : (tensor<512x1x16xi32>) -> tensor<512x2048x16xi32>
    %2052 = stablehlo.add %2049, %2051 : tensor<512x2048x16xi32>
    %c_394 = stablehlo.constant dense<256> : tensor<i32>
    %2053 = stablehlo.broadcast_in_dim %c_394, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %2054 = stablehlo.compare LT, %2052, %2053, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %2055 = stablehlo.convert %2054 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %2056 = stablehlo.multiply %2032, %2055 : tensor<512x2048x16xi32>
    %2057 = stablehlo.multiply %2052, %2056 : tensor<512x2048x16xi32>
    %c_395 = stablehlo.constant dense<0> : tensor<i32>
    %2058 = stablehlo.reduce(%2057 init: %c_395) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_396 = stablehlo.constant dense<0> : tensor<i32>
    %2059 = stablehlo.reduce(%2056 init: %c_396) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %2060 = stablehlo.convert %2047 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %2061 = stablehlo.multiply %2026, %2060 : tensor<512x2048xf16>
    %2062 = stablehlo.convert %2059 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %2063 = stablehlo.multiply %2037, %2062 : tensor<512x2048xf16>
    %2064 = stablehlo.add %2061, %2063 : tensor<512x2048xf16>
    %cst_397 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2065 = stablehlo.broadcast_in_dim %cst_397, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %2066 = stablehlo.compare GT, %2064, %2065, FLOAT : (tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xi1>
    %cst_398 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2067 = stablehlo.broadcast_in_dim %cst_398, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %2068:2 = call @_where_16(%2066, %2064, %2067) : (tensor<512x2048xi1>, tensor<512x2048xf16>, tensor<512x2048xf16>) -> (tensor<512x2048xf16>, tensor<512x2048xf16>)
    %2069 = stablehlo.divide %2061, %2068#0 : tensor<512x2048xf16>
    %2070 = stablehlo.multiply %2068#0, %2068#0 : tensor<512x2048xf16>
    %cst_399 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2071 = stablehlo.broadcast_in_dim %cst_399, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %2072 = stablehlo.divide %2071, %2070 : tensor<512x2048xf16>
    %2073 = stablehlo.divide %2063, %2068#0 : tensor<512x2048xf16>
    %2074 = stablehlo.multiply %2068#0, %2068#0 : tensor<512x2048xf16>
    %cst_400 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2075 = stablehlo.broadcast_in_dim %cst_400, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %2076 = stablehlo.divide %2075, %2074 : tensor<512x2048xf16>
    %2077 = stablehlo.convert %2047 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %2078 = stablehlo.multiply %2069, %2077 : tensor<512x2048xf16>
    %2079 = stablehlo.broadcast_in_dim %2078, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %2080 = call @_one_hot_17(%2020) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %2081 = stablehlo.broadcast_in_dim %2079, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %2082 = stablehlo.multiply %2081, %2080 : tensor<512x2048x16xf16>
    %2083 = call @_one_hot_18(%2045) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %2084 = stablehlo.broadcast_in_dim %2082, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %2085 = stablehlo.broadcast_in_dim %2083, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %2086 = stablehlo.broadcast_in_dim %2084, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %2087 = stablehlo.broadcast_in_dim %2085, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %2088 = stablehlo.multiply %2086, %2087 : tensor<512x2048x16x256xf16>
    %2089 = stablehlo.convert %2059 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %2090 = stablehlo.multiply %2073, %2089 : tensor<512x2048xf16>
    %2091 = stablehlo.broadcast_in_dim %2090, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %2092 = call @_one_hot_17(%2031) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %2093 = stablehlo.broadcast_in_dim %2091, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %2094 = stablehlo.multiply %2093, %2092 : tensor<512x2048x16xf16>
    %2095 = call @_one_hot_18(%2058) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %2096 = stablehlo.broadcast_in_dim %2094, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %2097 = stablehlo.broadcast_in_dim %2095, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %2098 = stablehlo.broadcast_in_dim %2096, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %2099 = stablehlo.broadcast_in_dim %2097, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %2100 = stablehlo.multiply %2098, %2099 : tensor<512x2048x16x256xf16>
    %2101 = stablehlo.add %2088, %2100 : tensor<512x2048x16x256xf16>
    %cst_401 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2102 = stablehlo.broadcast_in_dim %cst_401, dims = [] : (tensor<f16>) -> tensor<512x2048x16x256xf16>
    %2103 = stablehlo.compare NE, %2101, %2102, FLOAT : (tensor<512x2048x16x256xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x2048x16x256xi1>
    %2104 = stablehlo.convert %2103 : tensor<512x2048x16x256xi1>
    %2105 = stablehlo.convert %2104 : (tensor<512x2048x16x256xi1>) -> tensor<512x2048x16x256xf16>
    %2106 = stablehlo.dot_general %2002, %2105, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x16x256xf16>
    %2107 = stablehlo.transpose %2106, dims = [2, 0, 3, 1] : (tensor<512x768x16x256xf16>) -> tensor<16x512x256x768xf16>
    %2108 = stablehlo.dot_general %2107, %2000, batching_dims = [0] x [0], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x768xf16>, tensor<16x768x6144xf16>) -> tensor<16x512x256x6144xf16>
    %2109 = stablehlo.multiply %2108, %2108 : tensor<16x512x256x6144xf16>
    %2110 = stablehlo.multiply %2109, %2108 : tensor<16x512x256x6144xf16>
    %2111 = stablehlo.multiply %2108, %2108 : tensor<16x512x256x6144xf16>
    %cst_402 = stablehlo.constant dense<3.000000e+00> : tensor<f16>
    %2112 = stablehlo.broadcast_in_dim %cst_402, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2113 = stablehlo.multiply %2112, %2111 : tensor<16x512x256x6144xf16>
    %cst_403 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %2114 = stablehlo.broadcast_in_dim %cst_403, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2115 = stablehlo.multiply %2114, %2110 : tensor<16x512x256x6144xf16>
    %2116 = stablehlo.add %2108, %2115 : tensor<16x512x256x6144xf16>
    %cst_404 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %2117 = stablehlo.broadcast_in_dim %cst_404, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2118 = stablehlo.multiply %2117, %2116 : tensor<16x512x256x6144xf16>
    %2119 = stablehlo.tanh %2118 : tensor<16x512x256x6144xf16>
    %cst_405 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2120 = stablehlo.broadcast_in_dim %cst_405, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2121 = stablehlo.subtract %2120, %2119 : tensor<16x512x256x6144xf16>
    %cst_406 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2122 = stablehlo.broadcast_in_dim %cst_406, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2123 = stablehlo.add %2122, %2119 : tensor<16x512x256x6144xf16>
    %cst_407 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %2124 = stablehlo.broadcast_in_dim %cst_407, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2125 = stablehlo.multiply %2124, %2123 : tensor<16x512x256x6144xf16>
    %2126 = stablehlo.multiply %2108, %2125 : tensor<16x512x256x6144xf16>
    %2127 = stablehlo.dot_general %2001, %2126, batching_dims = [0] x [0], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<16x6144x768xf16>, tensor<16x512x256x6144xf16>) -> tensor<16x768x512x256xf16>
    %2128 = stablehlo.transpose %2127, dims = [2, 0, 3, 1] : (tensor<16x768x512x256xf16>) -> tensor<512x16x256x768xf16>
    %2129 = stablehlo.reshape %1860#12 : (tensor<1024x1024x768xf16>) -> tensor<512x2048x768xf16>
    %2130 = stablehlo.dot_general %2129, %2101, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x16x256xf16>
    %2131 = stablehlo.transpose %2130, dims = [0, 2, 3, 1] : (tensor<512x768x16x256xf16>) -> tensor<512x16x256x768xf16>
    %2132 = stablehlo.dot_general %2129, %2128, batching_dims = [0] x [0], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x16x256x768xf16>) -> tensor<512x2048x16x256xf16>
    %2133 = stablehlo.transpose %2131, dims = [1, 3, 0, 2] : (tensor<512x16x256x768xf16>) -> tensor<16x768x512x256xf16>
    %2134 = stablehlo.dot_general %2133, %2001, batching_dims = [0] x [0], contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<16x768x512x256xf16>, tensor<16x6144x768xf16>) -> tensor<16x512x256x6144xf16>
    %2135 = stablehlo.dot_general %2133, %2126, batching_dims = [0] x [0], contracting_dims = [2, 3] x [1, 2], precision = [HIGHEST, HIGHEST] : (tensor<16x768x512x256xf16>, tensor<16x512x256x6144xf16>) -> tensor<16x768x6144xf16>
    %2136 = stablehlo.transpose %2135, dims = [0, 2, 1] : (tensor<16x768x6144xf16>) -> tensor<16x6144x768xf16>
    %2137 = stablehlo.multiply %2108, %2134 : tensor<16x512x256x6144xf16>
    %2138 = stablehlo.multiply %2134, %2125 : tensor<16x512x256x6144xf16>
    %cst_408 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %2139 = stablehlo.broadcast_in_dim %cst_408, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2140 = stablehlo.multiply %2139, %2137 : tensor<16x512x256x6144xf16>
    %2141 = stablehlo.multiply %2140, %2121 : tensor<16x512x256x6144xf16>
    %2142 = stablehlo.multiply %2141, %2119 : tensor<16x512x256x6144xf16>
    %2143 = stablehlo.add %2141, %2142 : tensor<16x512x256x6144xf16>
    %cst_409 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %2144 = stablehlo.broadcast_in_dim %cst_409, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2145 = stablehlo.multiply %2144, %2143 : tensor<16x512x256x6144xf16>
    %2146 = stablehlo.add %2138, %2145 : tensor<16x512x256x6144xf16>
    %cst_410 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %2147 = stablehlo.broadcast_in_dim %cst_410, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2148 = stablehlo.multiply %2147, %2145 : tensor<16x512x256x6144xf16>
    %2149 = stablehlo.multiply %2148, %2113 : tensor<16x512x256x6144xf16>
    %2150 = stablehlo.add %2146, %2149 : tensor<16x512x256x6144xf16>
    %2151 = stablehlo.dot_general %2150, %2107, batching_dims = [0] x [0], contracting_dims = [1, 2] x [1, 2], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x6144xf16>, tensor<16x512x256x768xf16>) -> tensor<16x6144x768xf16>
    %2152 = stablehlo.transpose %2151, dims = [0, 2, 1] : (tensor<16x6144x768xf16>) -> tensor<16x768x6144xf16>
    %2153 = stablehlo.dot_general %2150, %2000, batching_dims = [0] x [0], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x6144xf16>, tensor<16x768x6144xf16>) -> tensor<16x512x256x768xf16>
    %2154 = stablehlo.transpose %2153, dims = [1, 3, 0, 2] : (tensor<16x512x256x768xf16>) -> tensor<512x768x16x256xf16>
    %2155 = stablehlo.dot_general %2154, %2105, batching_dims = [0] x [0], contracting_dims = [2, 3] x [2, 3], precision = [HIGHEST, HIGHEST] : (tensor<512x768x16x256xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x2048xf16>
    %2156 = stablehlo.transpose %2155, dims = [0, 2, 1] : (tensor<512x768x2048xf16>) -> tensor<512x2048x768xf16>
    %2157 = stablehlo.broadcast_in_dim %2097, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %2158 = stablehlo.multiply %2132, %2157 : tensor<512x2048x16x256xf16>
    %cst_411 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2159 = stablehlo.reduce(%2158 init: %cst_411) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x256xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %2160 = stablehlo.reshape %2159 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %cst_412 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2161 = stablehlo.reduce(%2160 init: %cst_412) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x1xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %2162 = stablehlo.multiply %2161, %2092 : tensor<512x2048x16xf16>
    %cst_413 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2163 = stablehlo.reduce(%2162 init: %cst_413) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %2164 = stablehlo.reshape %2163 : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %cst_414 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2165 = stablehlo.reduce(%2164 init: %cst_414) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x1xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %2166 = stablehlo.multiply %2165, %2089 : tensor<512x2048xf16>
    %2167 = stablehlo.broadcast_in_dim %2085, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %2168 = stablehlo.multiply %2132, %2167 : tensor<512x2048x16x256xf16>
    %cst_415 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2169 = stablehlo.reduce(%2168 init: %cst_415) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x256xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %2170 = stablehlo.reshape %2169 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %cst_416 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2171 = stablehlo.reduce(%2170 init: %cst_416) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x1xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %2172 = stablehlo.multiply %2171, %2080 : tensor<512x2048x16xf16>
    %cst_417 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2173 = stablehlo.reduce(%2172 init: %cst_417) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %2174 = stablehlo.reshape %2173 : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %cst_418 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2175 = stablehlo.reduce(%2174 init: %cst_418) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x1xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %2176 = stablehlo.multiply %2175, %2077 : tensor<512x2048xf16>
    %2177 = stablehlo.multiply %2166, %2076 : tensor<512x2048xf16>
    %2178 = stablehlo.multiply %2177, %2063 : tensor<512x2048xf16>
    %2179 = stablehlo.negate %2178 : tensor<512x2048xf16>
    %2180 = stablehlo.divide %2166, %2068#0 : tensor<512x2048xf16>
    %2181 = stablehlo.multiply %2176, %2072 : tensor<512x2048xf16>
    %2182 = stablehlo.multiply %2181, %2061 : tensor<512x2048xf16>
    %2183 = stablehlo.negate %2182 : tensor<512x2048xf16>
    %2184 = stablehlo.add %2179, %2183 : tensor<512x2048xf16>
    %2185 = stablehlo.divide %2176, %2068#0 : tensor<512x2048xf16>
    %2186 = call @_where_19(%2066, %2068#1, %2184) : (tensor<512x2048xi1>, tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xf16>
    %2187 = stablehlo.add %2185, %2186 : tensor<512x2048xf16>
    %2188 = stablehlo.add %2180, %2186 : tensor<512x2048xf16>
    %2189 = stablehlo.multiply %2188, %2062 : tensor<512x2048xf16>
    %2190 = stablehlo.multiply %2187, %2060 : tensor<512x2048xf16>
    %2191 = stablehlo.convert %2189 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %2192 = stablehlo.broadcast_in_dim %2191, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x16xf32>
    %2193 = stablehlo.convert %2192 : (tensor<512x2048x16xf32>) -> tensor<512x2048x16xf16>
    %2194 = stablehlo.multiply %2193, %2033 : tensor<512x2048x16xf16>
    %2195 = stablehlo.multiply %2194, %2029 : tensor<512x2048x16xf16>
    %2196 = stablehlo.convert %2190 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %2197 = stablehlo.broadcast_in_dim %2196, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x16xf32>
    %2198 = stablehlo.convert %2197 : (tensor<512x2048x16xf32>) -> tensor<512x2048x16xf16>
    %2199 = stablehlo.multiply %2198, %2022 : tensor<512x2048x16xf16>
    %2200 = stablehlo.add %2195, %2199 : tensor<512x2048x16xf16>
    %2201 = stablehlo.broadcast_in_dim %2019, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %2202 = stablehlo.multiply %2200, %2201 : tensor<512x2048x16xf16>
    %2203 = stablehlo.multiply %2202, %2010 : tensor<512x2048x16xf16>
    %cst_419 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2204 = stablehlo.reduce(%2203 init: %cst_419) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %2205 = stablehlo.reshape %2204 : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %2206 = stablehlo.negate %2205 : tensor<512x2048x1xf16>
    %2207 = stablehlo.broadcast_in_dim %2014, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %2208 = stablehlo.divide %2200, %2207 : tensor<512x2048x16xf16>
    %2209 = stablehlo.convert %2206 : (tensor<512x2048x1xf16>) -> tensor<512x2048x1xf32>
    %cst_420 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2210 = stablehlo.reduce(%2209 init: %cst_420) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x1xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %2211 = stablehlo.broadcast_in_dim %2210, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x16xf32>
    %2212 = stablehlo.convert %2211 : (tensor<512x2048x16xf32>) -> tensor<512x2048x16xf16>
    %2213 = stablehlo.add %2208, %2212 : tensor<512x2048x16xf16>
    %2214 = stablehlo.multiply %2213, %2010 : tensor<512x2048x16xf16>
    %2215 = stablehlo.dot_general %2214, %2002, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x16xf16>, tensor<512x2048x768xf16>) -> tensor<16x768xf16>
    %2216 = stablehlo.transpose %2215, dims = [1, 0] : (tensor<16x768xf16>) -> tensor<768x16xf16>
    %2217 = stablehlo.dot_general %2214, %1999, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x16xf16>, tensor<768x16xf16>) -> tensor<512x2048x768xf16>
    %2218 = stablehlo.add %2156, %2217 : tensor<512x2048x768xf16>
    %2219 = stablehlo.reshape %2218 : (tensor<512x2048x768xf16>) -> tensor<1024x1024x768xf16>
    %2220 = stablehlo.convert %2136 : (tensor<16x6144x768xf16>) -> tensor<16x6144x768xf32>
    %2221 = stablehlo.convert %2152 : (tensor<16x768x6144xf16>) -> tensor<16x768x6144xf32>
    %2222 = stablehlo.convert %2216 : (tensor<768x16xf16>) -> tensor<768x16xf32>
    %2223 = stablehlo.convert %2219 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_421 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2224 = stablehlo.reduce(%2223 init: %cst_421) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %2225 = stablehlo.reshape %2224 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2226 = stablehlo.reshape %2225 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %2227 = stablehlo.multiply %1983, %2223 : tensor<1024x1024x768xf32>
    %2228 = stablehlo.multiply %2223, %1993 : tensor<1024x1024x768xf32>
    %2229 = stablehlo.broadcast_in_dim %1986, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %2230 = stablehlo.multiply %2229, %2227 : tensor<1024x1024x768xf32>
    %cst_422 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2231 = stablehlo.reduce(%2230 init: %cst_422) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %2232 = stablehlo.reshape %2231 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2233 = stablehlo.broadcast_in_dim %1990, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %2234 = stablehlo.multiply %2227, %2233 : tensor<1024x1024x768xf32>
    %cst_423 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2235 = stablehlo.reduce(%2234 init: %cst_423) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %2236 = stablehlo.reshape %2235 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2237 = stablehlo.reshape %2232 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %2238 = stablehlo.multiply %2236, %1989 : tensor<1024x1024x1xf32>
    %2239 = stablehlo.negate %2228 : tensor<1024x1024x768xf32>
    %cst_424 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2240 = stablehlo.reduce(%2239 init: %cst_424) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %2241 = stablehlo.reshape %2240 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2242 = stablehlo.convert %2228 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %2243 = stablehlo.add %1860#12, %2242 : tensor<1024x1024x768xf16>
    %cst_425 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2244 = stablehlo.reduce(%2238 init: %cst_425) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_426 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2245 = stablehlo.reduce(%2241 init: %cst_426) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %2246 = stablehlo.multiply %2244, %1978 : tensor<1024x1024xf32>
    %2247 = stablehlo.negate %2246 : tensor<1024x1024xf32>
    %2248 = stablehlo.multiply %2247, %1965 : tensor<1024x1024xf32>
    %2249 = stablehlo.add %2245, %2248 : tensor<1024x1024xf32>
    %cst_427 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2250 = stablehlo.broadcast_in_dim %cst_427, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2251 = stablehlo.divide %2246, %2250 : tensor<1024x1024xf32>
    %2252 = stablehlo.broadcast_in_dim %2251, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_428 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2253 = stablehlo.broadcast_in_dim %cst_428, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2254 = stablehlo.divide %2249, %2253 : tensor<1024x1024xf32>
    %2255 = stablehlo.broadcast_in_dim %2254, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %2256 = stablehlo.multiply %2252, %1956 : tensor<1024x1024x768xf32>
    %2257 = stablehlo.add %2255, %2256 : tensor<1024x1024x768xf32>
    %2258 = stablehlo.convert %2257 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %2259 = stablehlo.add %2243, %2258 : tensor<1024x1024x768xf16>
    %cst_429 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2260 = stablehlo.reduce(%2259 init: %cst_429) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf16>, tensor<f16>) -> tensor<768xf16>
    %2261 = stablehlo.reshape %2260 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %2262 = stablehlo.reshape %2261 : (tensor<1x1x768xf16>) -> tensor<768xf16>
    %2263 = stablehlo.dot_general %2259, %1945, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>) -> tensor<768x768xf16>
    %2264 = stablehlo.transpose %2263, dims = [1, 0] : (tensor<768x768xf16>) -> tensor<768x768xf16>
    %2265 = stablehlo.dot_general %2259, %1946, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %2266 = stablehlo.convert %2262 : (tensor<768xf16>) -> tensor<768xf32>
    %2267 = stablehlo.convert %2264 : (tensor<768x768xf16>) -> tensor<768x768xf32>
    %2268 = stablehlo.reshape %2265 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x16x48xf16>
    %2269 = stablehlo.transpose %2268, dims = [0, 2, 3, 1] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x16x48x1024xf16>
    %2270 = stablehlo.dot_general %2269, %1919, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %2271 = stablehlo.dot_general %2269, %1939, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %2272 = stablehlo.transpose %2271, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %2273 = stablehlo.broadcast_in_dim %1942, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %2274 = stablehlo.multiply %2270, %2273 : tensor<1024x16x1024x1024xf16>
    %2275 = stablehlo.multiply %2274, %1933 : tensor<1024x16x1024x1024xf16>
    %cst_430 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2276 = stablehlo.reduce(%2275 init: %cst_430) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %2277 = stablehlo.reshape %2276 : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %2278 = stablehlo.negate %2277 : tensor<1024x16x1024x1xf16>
    %2279 = stablehlo.broadcast_in_dim %1937, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %2280 = stablehlo.divide %2270, %2279 : tensor<1024x16x1024x1024xf16>
    %2281 = stablehlo.convert %2278 : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1xf32>
    %cst_431 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2282 = stablehlo.reduce(%2281 init: %cst_431) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %2283 = stablehlo.broadcast_in_dim %2282, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1024xf32>
    %2284 = stablehlo.convert %2283 : (tensor<1024x16x1024x1024xf32>) -> tensor<1024x16x1024x1024xf16>
    %2285 = stablehlo.add %2280, %2284 : tensor<1024x16x1024x1024xf16>
    %2286 = stablehlo.multiply %2285, %1933 : tensor<1024x16x1024x1024xf16>
    %2287 = call @_where_13(%1926#1, %1926#2, %2286) : (tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_432 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %2288 = stablehlo.broadcast_in_dim %cst_432, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %2289 = stablehlo.multiply %2287, %2288 : tensor<1024x16x1024x1024xf16>
    %2290 = stablehlo.dot_general %2289, %1915, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %2291 = stablehlo.transpose %2290, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %2292 = stablehlo.dot_general %2289, %1917, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %2293 = stablehlo.transpose %2292, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %2294 = stablehlo.broadcast_in_dim %2272, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_433 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2295 = stablehlo.pad %2294, %cst_433, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %2296 = stablehlo.broadcast_in_dim %2291, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_434 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2297 = stablehlo.pad %2296, %cst_434, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %2298 = stablehlo.add %2295, %2297 : tensor<1024x1024x16x3x48xf16>
    %2299 = stablehlo.broadcast_in_dim %2293, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_435 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2300 = stablehlo.pad %2299, %cst_435, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %2301 = stablehlo.add %2298, %2300 : tensor<1024x1024x16x3x48xf16>
    %2302 = stablehlo.reshape %2301 : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x2304xf16>
    %cst_436 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2303 = stablehlo.reduce(%2302 init: %cst_436) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x2304xf16>, tensor<f16>) -> tensor<2304xf16>
    %2304 = stablehlo.reshape %2303 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %2305 = stablehlo.reshape %2304 : (tensor<1x1x2304xf16>) -> tensor<2304xf16>
    %2306 = stablehlo.dot_general %2302, %1906, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<1024x1024x768xf16>) -> tensor<2304x768xf16>
    %2307 = stablehlo.transpose %2306, dims = [1, 0] : (tensor<2304x768xf16>) -> tensor<768x2304xf16>
    %2308 = stablehlo.dot_general %2302, %1907, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x768xf16>
    %2309 = stablehlo.convert %2305 : (tensor<2304xf16>) -> tensor<2304xf32>
    %2310 = stablehlo.convert %2307 : (tensor<768x2304xf16>) -> tensor<768x2304xf32>
    %2311 = stablehlo.convert %2308 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_437 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2312 = stablehlo.reduce(%2311 init: %cst_437) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %2313 = stablehlo.reshape %2312 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2314 = stablehlo.reshape %2313 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %2315 = stablehlo.multiply %1891, %2311 : tensor<1024x1024x768xf32>
    %2316 = stablehlo.multiply %2311, %1901 : tensor<1024x1024x768xf32>
    %2317 = stablehlo.broadcast_in_dim %1894, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %2318 = stablehlo.multiply %2317, %2315 : tensor<1024x1024x768xf32>
    %cst_438 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2319 = stablehlo.reduce(%2318 init: %cst_438) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %2320 = stablehlo.reshape %2319 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2321 = stablehlo.broadcast_in_dim %1898, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %2322 = stablehlo.multiply %2315, %2321 : tensor<1024x1024x768xf32>
    %cst_439 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2323 = stablehlo.reduce(%2322 init: %cst_439) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %2324 = stablehlo.reshape %2323 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2325 = stablehlo.reshape %2320 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %2326 = stablehlo.multiply %2324, %1897 : tensor<1024x1024x1xf32>
    %2327 = stablehlo.negate %2316 : tensor<1024x1024x768xf32>
    %cst_440 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2328 = stablehlo.reduce(%2327 init: %cst_440) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %2329 = stablehlo.reshape %2328 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2330 = stablehlo.convert %2316 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %2331 = stablehlo.add %2259, %2330 : tensor<1024x1024x768xf16>
    %cst_441 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2332 = stablehlo.reduce(%2326 init: %cst_441) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_442 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2333 = stablehlo.reduce(%2329 init: %cst_442) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %2334 = stablehlo.multiply %2332, %1886 : tensor<1024x1024xf32>
    %2335 = stablehlo.negate %2334 : tensor<1024x1024xf32>
    %2336 = stablehlo.multiply %2335, %1873 : tensor<1024x1024xf32>
    %2337 = stablehlo.add %2333, %2336 : tensor<1024x1024xf32>
    %cst_443 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2338 = stablehlo.broadcast_in_dim %cst_443, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2339 = stablehlo.divide %2334, %2338 : tensor<1024x1024xf32>
    %2340 = stablehlo.broadcast_in_dim %2339, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_444 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2341 = stablehlo.broadcast_in_dim %cst_444, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2342 = stablehlo.divide %2337, %2341 : tensor<1024x1024xf32>
    %2343 = stablehlo.broadcast_in_dim %2342, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %2344 = stablehlo.multiply %2340, %1864 : tensor<1024x1024x768xf32>
    %2345 = stablehlo.add %2343, %2344 : tensor<1024x1024x768xf32>
    %2346 = stablehlo.convert %2345 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %2347 = stablehlo.add %2331, %2346 : tensor<1024x1024x768xf16>
    %2348:13 = stablehlo.optimization_barrier %arg57, %arg58, %arg59, %arg60, %arg61, %arg62, %arg64, %arg65, %arg66, %arg67, %arg68, %921, %2347 : tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>
    %2349 = stablehlo.convert %2348#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %2350 = chlo.square %2349 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_445 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2351 = stablehlo.broadcast_in_dim %cst_445, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %2352 = stablehlo.multiply %2351, %2349 : tensor<1024x1024x768xf32>
    %cst_446 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2353 = stablehlo.reduce(%2349 init: %cst_446) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_447 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2354 = stablehlo.broadcast_in_dim %cst_447, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2355 = stablehlo.divide %2353, %2354 : tensor<1024x1024xf32>
    %cst_448 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2356 = stablehlo.reduce(%2350 init: %cst_448) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_449 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2357 = stablehlo.broadcast_in_dim %cst_449, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2358 = stablehlo.divide %2356, %2357 : tensor<1024x1024xf32>
    %2359 = chlo.square %2355 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_450 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2360 = stablehlo.broadcast_in_dim %cst_450, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2361 = stablehlo.multiply %2360, %2355 : tensor<1024x1024xf32>
    %2362 = stablehlo.subtract %2358, %2359 : tensor<1024x1024xf32>
    %cst_451 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2363 = stablehlo.broadcast_in_dim %cst_451, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2364 = stablehlo.maximum %2363, %2362 : tensor<1024x1024xf32>
    %2365 = stablehlo.compare EQ, %2362, %2364, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_452 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2366 = stablehlo.broadcast_in_dim %cst_452, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_453 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2367 = stablehlo.broadcast_in_dim %cst_453, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2368 = stablehlo.select %2365, %2366, %2367 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_454 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2369 = stablehlo.broadcast_in_dim %cst_454, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2370 = stablehlo.compare EQ, %2369, %2364, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_455 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2371 = stablehlo.broadcast_in_dim %cst_455, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_456 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2372 = stablehlo.broadcast_in_dim %cst_456, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2373 = stablehlo.select %2370, %2371, %2372 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %2374 = stablehlo.divide %2368, %2373 : tensor<1024x1024xf32>
    %2375 = stablehlo.broadcast_in_dim %2355, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2376 = stablehlo.broadcast_in_dim %2364, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2377 = stablehlo.convert %2348#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %2378 = stablehlo.broadcast_in_dim %2375, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %2379 = stablehlo.subtract %2377, %2378 : tensor<1024x1024x768xf32>
    %cst_457 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %2380 = stablehlo.broadcast_in_dim %cst_457, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %2381 = stablehlo.add %2376, %2380 : tensor<1024x1024x1xf32>
    %2382 = stablehlo.rsqrt %2381 : tensor<1024x1024x1xf32>
    %2383 = stablehlo.divide %2382, %2381 : tensor<1024x1024x1xf32>
    %cst_458 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %2384 = stablehlo.broadcast_in_dim %cst_458, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %2385 = stablehlo.multiply %2384, %2383 : tensor<1024x1024x1xf32>
    %2386 = stablehlo.reshape %2348#8 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2387 = stablehlo.broadcast_in_dim %2382, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %2388 = stablehlo.broadcast_in_dim %2386, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %2389 = stablehlo.multiply %2387, %2388 : tensor<1024x1024x768xf32>
    %2390 = stablehlo.multiply %2379, %2389 : tensor<1024x1024x768xf32>
    %2391 = stablehlo.reshape %2348#7 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2392 = stablehlo.broadcast_in_dim %2391, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %2393 = stablehlo.add %2390, %2392 : tensor<1024x1024x768xf32>
    %2394 = stablehlo.convert %2393 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %2395 = stablehlo.convert %2348#1 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %2396 = stablehlo.convert %2348#0 : (tensor<2304xf32>) -> tensor<2304xf16>
    %2397 = stablehlo.dot_general %2394, %2395, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %2398 = stablehlo.reshape %2396 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %2399 = stablehlo.broadcast_in_dim %2398, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %2400 = stablehlo.add %2397, %2399 : tensor<1024x1024x2304xf16>
    %2401 = stablehlo.reshape %2400 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %2402 = stablehlo.slice %2401 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %2403 = stablehlo.reshape %2402 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %2404 = stablehlo.slice %2401 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %2405 = stablehlo.reshape %2404 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %2406 = stablehlo.slice %2401 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %2407 = stablehlo.reshape %2406 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %2408 = stablehlo.dot_general %2403, %2405, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_459 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %2409 = stablehlo.broadcast_in_dim %cst_459, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %2410 = stablehlo.multiply %2408, %2409 : tensor<1024x16x1024x1024xf16>
    %c_460 = stablehlo.constant dense<true> : tensor<i1>
    %2411 = stablehlo.broadcast_in_dim %c_460, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %2412 = call @tril_11(%2411) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %2413 = stablehlo.broadcast_in_dim %2412, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_461 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %2414:3 = call @_where_12(%2413, %2410, %cst_461) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> (tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>)
    %cst_462 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %2415 = stablehlo.reduce(%2414#0 init: %cst_462) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_463 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %2416 = stablehlo.broadcast_in_dim %cst_463, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %2417 = stablehlo.maximum %2416, %2415 : tensor<1024x16x1024xf16>
    %2418 = stablehlo.broadcast_in_dim %2417, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %2419 = stablehlo.broadcast_in_dim %2418, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %2420 = stablehlo.subtract %2414#0, %2419 : tensor<1024x16x1024x1024xf16>
    %2421 = stablehlo.exponential %2420 : tensor<1024x16x1024x1024xf16>
    %2422 = stablehlo.convert %2421 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_464 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2423 = stablehlo.reduce(%2422 init: %cst_464) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %2424 = stablehlo.broadcast_in_dim %2423, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %2425 = stablehlo.convert %2424 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %2426 = stablehlo.broadcast_in_dim %2425, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %2427 = stablehlo.divide %2421, %2426 : tensor<1024x16x1024x1024xf16>
    %2428 = stablehlo.multiply %2425, %2425 : tensor<1024x16x1024x1xf16>
    %cst_465 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2429 = stablehlo.broadcast_in_dim %cst_465, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1xf16>
    %2430 = stablehlo.divide %2429, %2428 : tensor<1024x16x1024x1xf16>
    %2431 = stablehlo.dot_general %2407, %2427, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %2432 = stablehlo.transpose %2431, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %2433 = stablehlo.reshape %2432 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %2434 = stablehlo.convert %2348#3 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %2435 = stablehlo.convert %2348#2 : (tensor<768xf32>) -> tensor<768xf16>
    %2436 = stablehlo.dot_general %2433, %2434, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %2437 = stablehlo.reshape %2435 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %2438 = stablehlo.broadcast_in_dim %2437, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %2439 = stablehlo.add %2436, %2438 : tensor<1024x1024x768xf16>
    %2440 = stablehlo.add %2348#11, %2439 : tensor<1024x1024x768xf16>
    %2441 = stablehlo.convert %2440 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %2442 = chlo.square %2441 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_466 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2443 = stablehlo.broadcast_in_dim %cst_466, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %2444 = stablehlo.multiply %2443, %2441 : tensor<1024x1024x768xf32>
    %cst_467 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2445 = stablehlo.reduce(%2441 init: %cst_467) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_468 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2446 = stablehlo.broadcast_in_dim %cst_468, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2447 = stablehlo.divide %2445, %2446 : tensor<1024x1024xf32>
    %cst_469 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2448 = stablehlo.reduce(%2442 init: %cst_469) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_470 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2449 = stablehlo.broadcast_in_dim %cst_470, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2450 = stablehlo.divide %2448, %2449 : tensor<1024x1024xf32>
    %2451 = chlo.square %2447 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_471 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2452 = stablehlo.broadcast_in_dim %cst_471, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2453 = stablehlo.multiply %2452, %2447 : tensor<1024x1024xf32>
    %2454 = stablehlo.subtract %2450, %2451 : tensor<1024x1024xf32>
    %cst_472 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2455 = stablehlo.broadcast_in_dim %cst_472, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2456 = stablehlo.maximum %2455, %2454 : tensor<1024x1024xf32>
    %2457 = stablehlo.compare EQ, %2454, %2456, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_473 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2458 = stablehlo.broadcast_in_dim %cst_473, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_474 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2459 = stablehlo.broadcast_in_dim %cst_474, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2460 = stablehlo.select %2457, %2458, %2459 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_475 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2461 = stablehlo.broadcast_in_dim %cst_475, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2462 = stablehlo.compare EQ, %2461, %2456, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_476 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2463 = stablehlo.broadcast_in_dim %cst_476, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_477 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2464 = stablehlo.broadcast_in_dim %cst_477, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2465 = stablehlo.select %2462, %2463, %2464 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %2466 = stablehlo.divide %2460, %2465 : tensor<1024x1024xf32>
    %2467 = stablehlo.broadcast_in_dim %2447, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2468 = stablehlo.broadcast_in_dim %2456, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2469 = stablehlo.convert %2440 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %2470 = stablehlo.broadcast_in_dim %2467, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %2471 = stablehlo.subtract %2469, %2470 : tensor<1024x1024x768xf32>
    %cst_478 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %2472 = stablehlo.broadcast_in_dim %cst_478, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %2473 = stablehlo.add %2468, %2472 : tensor<1024x1024x1xf32>
    %2474 = stablehlo.rsqrt %2473 : tensor<1024x1024x1xf32>
    %2475 = stablehlo.divide %2474, %2473 : tensor<1024x1024x1xf32>
    %cst_479 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %2476 = stablehlo.broadcast_in_dim %cst_479, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %2477 = stablehlo.multiply %2476, %2475 : tensor<1024x1024x1xf32>
    %2478 = stablehlo.reshape %2348#10 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2479 = stablehlo.broadcast_in_dim %2474, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %2480 = stablehlo.broadcast_in_dim %2478, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %2481 = stablehlo.multiply %2479, %2480 : tensor<1024x1024x768xf32>
    %2482 = stablehlo.multiply %2471, %2481 : tensor<1024x1024x768xf32>
    %2483 = stablehlo.reshape %2348#9 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2484 = stablehlo.broadcast_in_dim %2483, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %2485 = stablehlo.add %2482, %2484 : tensor<1024x1024x768xf32>
    %2486 = stablehlo.convert %2485 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %2487 = stablehlo.convert %2348#5 : (tensor<768x6144xf32>) -> tensor<768x6144xf16>
    %2488 = stablehlo.convert %2348#4 : (tensor<6144xf32>) -> tensor<6144xf16>
    %2489 = stablehlo.dot_general %2486, %2487, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x6144xf16>) -> tensor<1024x1024x6144xf16>
    %2490 = stablehlo.reshape %2488 : (tensor<6144xf16>) -> tensor<1x1x6144xf16>
    %2491 = stablehlo.broadcast_in_dim %2490, dims = [0, 1, 2] : (tensor<1x1x6144xf16>) -> tensor<1024x1024x6144xf16>
    %2492 = stablehlo.add %2489, %2491 : tensor<1024x1024x6144xf16>
    %2493 = stablehlo.multiply %2492, %2492 : tensor<1024x1024x6144xf16>
    %2494 = stablehlo.multiply %2493, %2492 : tensor<1024x1024x6144xf16>
    %2495 = stablehlo.multiply %2492, %2492 : tensor<1024x1024x6144xf16>
    %cst_480 = stablehlo.constant dense<3.000000e+00> : tensor<f16>
    %2496 = stablehlo.broadcast_in_dim %cst_480, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %2497 = stablehlo.multiply %2496, %2495 : tensor<1024x1024x6144xf16>
    %cst_481 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %2498 = stablehlo.broadcast_in_dim %cst_481, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %2499 = stablehlo.multiply %2498, %2494 : tensor<1024x1024x6144xf16>
    %2500 = stablehlo.add %2492, %2499 : tensor<1024x1024x6144xf16>
    %cst_482 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %2501 = stablehlo.broadcast_in_dim %cst_482, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %2502 = stablehlo.multiply %2501, %2500 : tensor<1024x1024x6144xf16>
    %2503 = stablehlo.tanh %2502 : tensor<1024x1024x6144xf16>
    %cst_483 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2504 = stablehlo.broadcast_in_dim %cst_483, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %2505 = stablehlo.subtract %2504, %2503 : tensor<1024x1024x6144xf16>
    %cst_484 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2506 = stablehlo.broadcast_in_dim %cst_484, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %2507 = stablehlo.add %2506, %2503 : tensor<1024x1024x6144xf16>
    %cst_485 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %2508 = stablehlo.broadcast_in_dim %cst_485, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %2509 = stablehlo.multiply %2508, %2507 : tensor<1024x1024x6144xf16>
    %2510 = stablehlo.multiply %2492, %2509 : tensor<1024x1024x6144xf16>
    %2511 = stablehlo.convert %2348#6 : (tensor<6144x768xf32>) -> tensor<6144x768xf16>
    %cst_486 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2512 = stablehlo.reduce(%2348#12 init: %cst_486) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf16>, tensor<f16>) -> tensor<768xf16>
    %2513 = stablehlo.reshape %2512 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %2514 = stablehlo.reshape %2513 : (tensor<1x1x768xf16>) -> tensor<768xf16>
    %2515 = stablehlo.dot_general %2348#12, %2510, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<1024x1024x6144xf16>) -> tensor<768x6144xf16>
    %2516 = stablehlo.transpose %2515, dims = [1, 0] : (tensor<768x6144xf16>) -> tensor<6144x768xf16>
    %2517 = stablehlo.dot_general %2348#12, %2511, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<6144x768xf16>) -> tensor<1024x1024x6144xf16>
    %2518 = stablehlo.convert %2514 : (tensor<768xf16>) -> tensor<768xf32>
    %2519 = stablehlo.convert %2516 : (tensor<6144x768xf16>) -> tensor<6144x768xf32>
    %2520 = stablehlo.multiply %2492, %2517 : tensor<1024x1024x6144xf16>
    %2521 = stablehlo.multiply %2517, %2509 : tensor<1024x1024x6144xf16>
    %cst_487 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %2522 = stablehlo.broadcast_in_dim %cst_487, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %2523 = stablehlo.multiply %2522, %2520 : tensor<1024x1024x6144xf16>
    %2524 = stablehlo.multiply %2523, %2505 : tensor<1024x1024x6144xf16>
    %2525 = stablehlo.multiply %2524, %2503 : tensor<1024x1024x6144xf16>
    %2526 = stablehlo.add %2524, %2525 : tensor<1024x1024x6144xf16>
    %cst_488 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %2527 = stablehlo.broadcast_in_dim %cst_488, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %2528 = stablehlo.multiply %2527, %2526 : tensor<1024x1024x6144xf16>
    %2529 = stablehlo.add %2521, %2528 : tensor<1024x1024x6144xf16>
    %cst_489 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %2530 = stablehlo.broadcast_in_dim %cst_489, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %2531 = stablehlo.multiply %2530, %2528 : tensor<1024x1024x6144xf16>
    %2532 = stablehlo.multiply %2531, %2497 : tensor<1024x1024x6144xf16>
    %2533 = stablehlo.add %2529, %2532 : tensor<1024x1024x6144xf16>
    %cst_490 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2534 = stablehlo.reduce(%2533 init: %cst_490) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x6144xf16>, tensor<f16>) -> tensor<6144xf16>
    %2535 = stablehlo.reshape %2534 : (tensor<6144xf16>) -> tensor<1x1x6144xf16>
    %2536 = stablehlo.reshape %2535 : (tensor<1x1x6144xf16>) -> tensor<6144xf16>
    %2537 = stablehlo.dot_general %2533, %2486, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x6144xf16>, tensor<1024x1024x768xf16>) -> tensor<6144x768xf16>
    %2538 = stablehlo.transpose %2537, dims = [1, 0] : (tensor<6144x768xf16>) -> tensor<768x6144xf16>
    %2539 = stablehlo.dot_general %2533, %2487, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x6144xf16>, tensor<768x6144xf16>) -> tensor<1024x1024x768xf16>
    %2540 = stablehlo.convert %2536 : (tensor<6144xf16>) -> tensor<6144xf32>
    %2541 = stablehlo.convert %2538 : (tensor<768x6144xf16>) -> tensor<768x6144xf32>
    %2542 = stablehlo.convert %2539 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_491 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2543 = stablehlo.reduce(%2542 init: %cst_491) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %2544 = stablehlo.reshape %2543 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2545 = stablehlo.reshape %2544 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %2546 = stablehlo.multiply %2471, %2542 : tensor<1024x1024x768xf32>
    %2547 = stablehlo.multiply %2542, %2481 : tensor<1024x1024x768xf32>
    %2548 = stablehlo.broadcast_in_dim %2474, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %2549 = stablehlo.multiply %2548, %2546 : tensor<1024x1024x768xf32>
    %cst_492 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2550 = stablehlo.reduce(%2549 init: %cst_492) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %2551 = stablehlo.reshape %2550 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2552 = stablehlo.broadcast_in_dim %2478, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %2553 = stablehlo.multiply %2546, %2552 : tensor<1024x1024x768xf32>
    %cst_493 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2554 = stablehlo.reduce(%2553 init: %cst_493) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %2555 = stablehlo.reshape %2554 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2556 = stablehlo.reshape %2551 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %2557 = stablehlo.multiply %2555, %2477 : tensor<1024x1024x1xf32>
    %2558 = stablehlo.negate %2547 : tensor<1024x1024x768xf32>
    %cst_494 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2559 = stablehlo.reduce(%2558 init: %cst_494) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %2560 = stablehlo.reshape %2559 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2561 = stablehlo.convert %2547 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %2562 = stablehlo.add %2348#12, %2561 : tensor<1024x1024x768xf16>
    %cst_495 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2563 = stablehlo.reduce(%2557 init: %cst_495) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_496 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2564 = stablehlo.reduce(%2560 init: %cst_496) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %2565 = stablehlo.multiply %2563, %2466 : tensor<1024x1024xf32>
    %2566 = stablehlo.negate %2565 : tensor<1024x1024xf32>
    %2567 = stablehlo.multiply %2566, %2453 : tensor<1024x1024xf32>
    %2568 = stablehlo.add %2564, %2567 : tensor<1024x1024xf32>
    %cst_497 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2569 = stablehlo.broadcast_in_dim %cst_497, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2570 = stablehlo.divide %2565, %2569 : tensor<1024x1024xf32>
    %2571 = stablehlo.broadcast_in_dim %2570, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_498 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2572 = stablehlo.broadcast_in_dim %cst_498, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2573 = stablehlo.divide %2568, %2572 : tensor<1024x1024xf32>
    %2574 = stablehlo.broadcast_in_dim %2573, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %2575 = stablehlo.multiply %2571, %2444 : tensor<1024x1024x768xf32>
    %2576 = stablehlo.add %2574, %2575 : tensor<1024x1024x768xf32>
    %2577 = stablehlo.convert %2576 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %2578 = stablehlo.add %2562, %2577 : tensor<1024x1024x768xf16>
    %cst_499 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2579 = stablehlo.reduce(%2578 init: %cst_499) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf16>, tensor<f16>) -> tensor<768xf16>
    %2580 = stablehlo.reshape %2579 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %2581 = stablehlo.reshape %2580 : (tensor<1x1x768xf16>) -> tensor<768xf16>
    %2582 = stablehlo.dot_general %2578, %2433, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>) -> tensor<768x768xf16>
    %2583 = stablehlo.transpose %2582, dims = [1, 0] : (tensor<768x768xf16>) -> tensor<768x768xf16>
    %2584 = stablehlo.dot_general %2578, %2434, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %2585 = stablehlo.convert %2581 : (tensor<768xf16>) -> tensor<768xf32>
    %2586 = stablehlo.convert %2583 : (tensor<768x768xf16>) -> tensor<768x768xf32>
    %2587 = stablehlo.reshape %2584 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x16x48xf16>
    %2588 = stablehlo.transpose %2587, dims = [0, 2, 3, 1] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x16x48x1024xf16>
    %2589 = stablehlo.dot_general %2588, %2407, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %2590 = stablehlo.dot_general %2588, %2427, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %2591 = stablehlo.transpose %2590, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %2592 = stablehlo.broadcast_in_dim %2430, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %2593 = stablehlo.multiply %2589, %2592 : tensor<1024x16x1024x1024xf16>
    %2594 = stablehlo.multiply %2593, %2421 : tensor<1024x16x1024x1024xf16>
    %cst_500 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2595 = stablehlo.reduce(%2594 init: %cst_500) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %2596 = stablehlo.reshape %2595 : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %2597 = stablehlo.negate %2596 : tensor<1024x16x1024x1xf16>
    %2598 = stablehlo.broadcast_in_dim %2425, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %2599 = stablehlo.divide %2589, %2598 : tensor<1024x16x1024x1024xf16>
    %2600 = stablehlo.convert %2597 : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1xf32>
    %cst_501 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2601 = stablehlo.reduce(%2600 init: %cst_501) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %2602 = stablehlo.broadcast_in_dim %2601, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1024xf32>
    %2603 = stablehlo.convert %2602 : (tensor<1024x16x1024x1024xf32>) -> tensor<1024x16x1024x1024xf16>
    %2604 = stablehlo.add %2599, %2603 : tensor<1024x16x1024x1024xf16>
    %2605 = stablehlo.multiply %2604, %2421 : tensor<1024x16x1024x1024xf16>
    %2606 = call @_where_13(%2414#1, %2414#2, %2605) : (tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_502 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %2607 = stablehlo.broadcast_in_dim %cst_502, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %2608 = stablehlo.multiply %2606, %2607 : tensor<1024x16x1024x1024xf16>
    %2609 = stablehlo.dot_general %2608, %2403, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %2610 = stablehlo.transpose %2609, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %2611 = stablehlo.dot_general %2608, %2405, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %2612 = stablehlo.transpose %2611, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %2613 = stablehlo.broadcast_in_dim %2591, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_503 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2614 = stablehlo.pad %2613, %cst_503, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %2615 = stablehlo.broadcast_in_dim %2610, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_504 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2616 = stablehlo.pad %2615, %cst_504, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %2617 = stablehlo.add %2614, %2616 : tensor<1024x1024x16x3x48xf16>
    %2618 = stablehlo.broadcast_in_dim %2612, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_505 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2619 = stablehlo.pad %2618, %cst_505, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %2620 = stablehlo.add %2617, %2619 : tensor<1024x1024x16x3x48xf16>
    %2621 = stablehlo.reshape %2620 : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x2304xf16>
    %cst_506 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2622 = stablehlo.reduce(%2621 init: %cst_506) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x2304xf16>, tensor<f16>) -> tensor<2304xf16>
    %2623 = stablehlo.reshape %2622 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %2624 = stablehlo.reshape %2623 : (tensor<1x1x2304xf16>) -> tensor<2304xf16>
    %2625 = stablehlo.dot_general %2621, %2394, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<1024x1024x768xf16>) -> tensor<2304x768xf16>
    %2626 = stablehlo.transpose %2625, dims = [1, 0] : (tensor<2304x768xf16>) -> tensor<768x2304xf16>
    %2627 = stablehlo.dot_general %2621, %2395, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x768xf16>
    %2628 = stablehlo.convert %2624 : (tensor<2304xf16>) -> tensor<2304xf32>
    %2629 = stablehlo.convert %2626 : (tensor<768x2304xf16>) -> tensor<768x2304xf32>
    %2630 = stablehlo.convert %2627 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_507 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2631 = stablehlo.reduce(%2630 init: %cst_507) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %2632 = stablehlo.reshape %2631 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2633 = stablehlo.reshape %2632 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %2634 = stablehlo.multiply %2379, %2630 : tensor<1024x1024x768xf32>
    %2635 = stablehlo.multiply %2630, %2389 : tensor<1024x1024x768xf32>
    %2636 = stablehlo.broadcast_in_dim %2382, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %2637 = stablehlo.multiply %2636, %2634 : tensor<1024x1024x768xf32>
    %cst_508 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2638 = stablehlo.reduce(%2637 init: %cst_508) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %2639 = stablehlo.reshape %2638 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2640 = stablehlo.broadcast_in_dim %2386, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %2641 = stablehlo.multiply %2634, %2640 : tensor<1024x1024x768xf32>
    %cst_509 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2642 = stablehlo.reduce(%2641 init: %cst_509) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %2643 = stablehlo.reshape %2642 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2644 = stablehlo.reshape %2639 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %2645 = stablehlo.multiply %2643, %2385 : tensor<1024x1024x1xf32>
    %2646 = stablehlo.negate %2635 : tensor<1024x1024x768xf32>
    %cst_510 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2647 = stablehlo.reduce(%2646 init: %cst_510) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %2648 = stablehlo.reshape %2647 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2649 = stablehlo.convert %2635 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %2650 = stablehlo.add %2578, %2649 : tensor<1024x1024x768xf16>
    %cst_511 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2651 = stablehlo.reduce(%2645 init: %cst_511) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_512 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2652 = stablehlo.reduce(%2648 init: %cst_512) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %2653 = stablehlo.multiply %2651, %2374 : tensor<1024x1024xf32>
    %2654 = stablehlo.negate %2653 : tensor<1024x1024xf32>
    %2655 = stablehlo.multiply %2654, %2361 : tensor<1024x1024xf32>
    %2656 = stablehlo.add %2652, %2655 : tensor<1024x1024xf32>
    %cst_513 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2657 = stablehlo.broadcast_in_dim %cst_513, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2658 = stablehlo.divide %2653, %2657 : tensor<1024x1024xf32>
    %2659 = stablehlo.broadcast_in_dim %2658, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_514 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2660 = stablehlo.broadcast_in_dim %cst_514, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2661 = stablehlo.divide %2656, %2660 : tensor<1024x1024xf32>
    %2662 = stablehlo.broadcast_in_dim %2661, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %2663 = stablehlo.multiply %2659, %2352 : tensor<1024x1024x768xf32>
    %2664 = stablehlo.add %2662, %2663 : tensor<1024x1024x768xf32>
    %2665 = stablehlo.convert %2664 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %2666 = stablehlo.add %2650, %2665 : tensor<1024x1024x768xf16>
    %2667:13 = stablehlo.optimization_barrier %arg46, %arg47, %arg48, %arg49, %arg50, %arg51, %arg52, %arg53, %arg54, %arg55, %arg56, %701, %2666 : tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>
    %2668 = stablehlo.convert %2667#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %2669 = chlo.square %2668 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_515 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2670 = stablehlo.broadcast_in_dim %cst_515, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %2671 = stablehlo.multiply %2670, %2668 : tensor<1024x1024x768xf32>
    %cst_516 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2672 = stablehlo.reduce(%2668 init: %cst_516) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_517 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2673 = stablehlo.broadcast_in_dim %cst_517, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2674 = stablehlo.divide %2672, %2673 : tensor<1024x1024xf32>
    %cst_518 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2675 = stablehlo.reduce(%2669 init: %cst_518) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_519 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2676 = stablehlo.broadcast_in_dim %cst_519, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2677 = stablehlo.divide %2675, %2676 : tensor<1024x1024xf32>
    %2678 = chlo.square %2674 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_520 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2679 = stablehlo.broadcast_in_dim %cst_520, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2680 = stablehlo.multiply %2679, %2674 : tensor<1024x1024xf32>
    %2681 = stablehlo.subtract %2677, %2678 : tensor<1024x1024xf32>
    %cst_521 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2682 = stablehlo.broadcast_in_dim %cst_521, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2683 = stablehlo.maximum %2682, %2681 : tensor<1024x1024xf32>
    %2684 = stablehlo.compare EQ, %2681, %2683, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_522 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2685 = stablehlo.broadcast_in_dim %cst_522, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_523 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2686 = stablehlo.broadcast_in_dim %cst_523, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2687 = stablehlo.select %2684, %2685, %2686 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_524 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2688 = stablehlo.broadcast_in_dim %cst_524, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2689 = stablehlo.compare EQ, %2688, %2683, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_525 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2690 = stablehlo.broadcast_in_dim %cst_525, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_526 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2691 = stablehlo.broadcast_in_dim %cst_526, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2692 = stablehlo.select %2689, %2690, %2691 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %2693 = stablehlo.divide %2687, %2692 : tensor<1024x1024xf32>
    %2694 = stablehlo.broadcast_in_dim %2674, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2695 = stablehlo.broadcast_in_dim %2683, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2696 = stablehlo.convert %2667#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %2697 = stablehlo.broadcast_in_dim %2694, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %2698 = stablehlo.subtract %2696, %2697 : tensor<1024x1024x768xf32>
    %cst_527 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %2699 = stablehlo.broadcast_in_dim %cst_527, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %2700 = stablehlo.add %2695, %2699 : tensor<1024x1024x1xf32>
    %2701 = stablehlo.rsqrt %2700 : tensor<1024x1024x1xf32>
    %2702 = stablehlo.divide %2701, %2700 : tensor<1024x1024x1xf32>
    %cst_528 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %2703 = stablehlo.broadcast_in_dim %cst_528, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %2704 = stablehlo.multiply %2703, %2702 : tensor<1024x1024x1xf32>
    %2705 = stablehlo.reshape %2667#5 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2706 = stablehlo.broadcast_in_dim %2701, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %2707 = stablehlo.broadcast_in_dim %2705, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %2708 = stablehlo.multiply %2706, %2707 : tensor<1024x1024x768xf32>
    %2709 = stablehlo.multiply %2698, %2708 : tensor<1024x1024x768xf32>
    %2710 = stablehlo.reshape %2667#4 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2711 = stablehlo.broadcast_in_dim %2710, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %2712 = stablehlo.add %2709, %2711 : tensor<1024x1024x768xf32>
    %2713 = stablehlo.convert %2712 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %2714 = stablehlo.convert %2667#1 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %2715 = stablehlo.convert %2667#0 : (tensor<2304xf32>) -> tensor<2304xf16>
    %2716 = stablehlo.dot_general %2713, %2714, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %2717 = stablehlo.reshape %2715 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %2718 = stablehlo.broadcast_in_dim %2717, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %2719 = stablehlo.add %2716, %2718 : tensor<1024x1024x2304xf16>
    %2720 = stablehlo.reshape %2719 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %2721 = stablehlo.slice %2720 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %2722 = stablehlo.reshape %2721 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %2723 = stablehlo.slice %2720 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %2724 = stablehlo.reshape %2723 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %2725 = stablehlo.slice %2720 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %2726 = stablehlo.reshape %2725 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %2727 = stablehlo.dot_general %2722, %2724, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_529 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %2728 = stablehlo.broadcast_in_dim %cst_529, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %2729 = stablehlo.multiply %2727, %2728 : tensor<1024x16x1024x1024xf16>
    %c_530 = stablehlo.constant dense<true> : tensor<i1>
    %2730 = stablehlo.broadcast_in_dim %c_530, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %2731 = call @tril_11(%2730) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %2732 = stablehlo.broadcast_in_dim %2731, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_531 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %2733:3 = call @_where_12(%2732, %2729, %cst_531) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> (tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>)
    %cst_532 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %2734 = stablehlo.reduce(%2733#0 init: %cst_532) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_533 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %2735 = stablehlo.broadcast_in_dim %cst_533, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %2736 = stablehlo.maximum %2735, %2734 : tensor<1024x16x1024xf16>
    %2737 = stablehlo.broadcast_in_dim %2736, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %2738 = stablehlo.broadcast_in_dim %2737, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %2739 = stablehlo.subtract %2733#0, %2738 : tensor<1024x16x1024x1024xf16>
    %2740 = stablehlo.exponential %2739 : tensor<1024x16x1024x1024xf16>
    %2741 = stablehlo.convert %2740 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_534 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2742 = stablehlo.reduce(%2741 init: %cst_534) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %2743 = stablehlo.broadcast_in_dim %2742, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %2744 = stablehlo.convert %2743 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %2745 = stablehlo.broadcast_in_dim %2744, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %2746 = stablehlo.divide %2740, %2745 : tensor<1024x16x1024x1024xf16>
    %2747 = stablehlo.multiply %2744, %2744 : tensor<1024x16x1024x1xf16>
    %cst_535 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2748 = stablehlo.broadcast_in_dim %cst_535, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1xf16>
    %2749 = stablehlo.divide %2748, %2747 : tensor<1024x16x1024x1xf16>
    %2750 = stablehlo.dot_general %2726, %2746, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %2751 = stablehlo.transpose %2750, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %2752 = stablehlo.reshape %2751 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %2753 = stablehlo.convert %2667#3 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %2754 = stablehlo.convert %2667#2 : (tensor<768xf32>) -> tensor<768xf16>
    %2755 = stablehlo.dot_general %2752, %2753, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %2756 = stablehlo.reshape %2754 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %2757 = stablehlo.broadcast_in_dim %2756, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %2758 = stablehlo.add %2755, %2757 : tensor<1024x1024x768xf16>
    %2759 = stablehlo.add %2667#11, %2758 : tensor<1024x1024x768xf16>
    %2760 = stablehlo.convert %2759 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %2761 = chlo.square %2760 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_536 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2762 = stablehlo.broadcast_in_dim %cst_536, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %2763 = stablehlo.multiply %2762, %2760 : tensor<1024x1024x768xf32>
    %cst_537 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2764 = stablehlo.reduce(%2760 init: %cst_537) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_538 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2765 = stablehlo.broadcast_in_dim %cst_538, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2766 = stablehlo.divide %2764, %2765 : tensor<1024x1024xf32>
    %cst_539 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2767 = stablehlo.reduce(%2761 init: %cst_539) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_540 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %2768 = stablehlo.broadcast_in_dim %cst_540, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2769 = stablehlo.divide %2767, %2768 : tensor<1024x1024xf32>
    %2770 = chlo.square %2766 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_541 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2771 = stablehlo.broadcast_in_dim %cst_541, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2772 = stablehlo.multiply %2771, %2766 : tensor<1024x1024xf32>
    %2773 = stablehlo.subtract %2769, %2770 : tensor<1024x1024xf32>
    %cst_542 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2774 = stablehlo.broadcast_in_dim %cst_542, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2775 = stablehlo.maximum %2774, %2773 : tensor<1024x1024xf32>
    %2776 = stablehlo.compare EQ, %2773, %2775, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_543 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2777 = stablehlo.broadcast_in_dim %cst_543, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_544 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2778 = stablehlo.broadcast_in_dim %cst_544, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2779 = stablehlo.select %2776, %2777, %2778 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_545 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2780 = stablehlo.broadcast_in_dim %cst_545, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2781 = stablehlo.compare EQ, %2780, %2775, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_546 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2782 = stablehlo.broadcast_in_dim %cst_546, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_547 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2783 = stablehlo.broadcast_in_dim %cst_547, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %2784 = stablehlo.select %2781, %2782, %2783 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %2785 = stablehlo.divide %2779, %2784 : tensor<1024x1024xf32>
    %2786 = stablehlo.broadcast_in_dim %2766, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2787 = stablehlo.broadcast_in_dim %2775, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %2788 = stablehlo.convert %2759 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %2789 = stablehlo.broadcast_in_dim %2786, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %2790 = stablehlo.subtract %2788, %2789 : tensor<1024x1024x768xf32>
    %cst_548 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %2791 = stablehlo.broadcast_in_dim %cst_548, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %2792 = stablehlo.add %2787, %2791 : tensor<1024x1024x1xf32>
    %2793 = stablehlo.rsqrt %2792 : tensor<1024x1024x1xf32>
    %2794 = stablehlo.divide %2793, %2792 : tensor<1024x1024x1xf32>
    %cst_549 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %2795 = stablehlo.broadcast_in_dim %cst_549, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %2796 = stablehlo.multiply %2795, %2794 : tensor<1024x1024x1xf32>
    %2797 = stablehlo.reshape %2667#7 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2798 = stablehlo.broadcast_in_dim %2793, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %2799 = stablehlo.broadcast_in_dim %2797, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %2800 = stablehlo.multiply %2798, %2799 : tensor<1024x1024x768xf32>
    %2801 = stablehlo.multiply %2790, %2800 : tensor<1024x1024x768xf32>
    %2802 = stablehlo.reshape %2667#6 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2803 = stablehlo.broadcast_in_dim %2802, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %2804 = stablehlo.add %2801, %2803 : tensor<1024x1024x768xf32>
    %2805 = stablehlo.convert %2804 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %2806 = stablehlo.convert %2667#8 : (tensor<768x16xf32>) -> tensor<768x16xf16>
    %2807 = stablehlo.convert %2667#9 : (tensor<16x768x6144xf32>) -> tensor<16x768x6144xf16>
    %2808 = stablehlo.convert %2667#10 : (tensor<16x6144x768xf32>) -> tensor<16x6144x768xf16>
    %2809 = stablehlo.reshape %2805 : (tensor<1024x1024x768xf16>) -> tensor<512x2048x768xf16>
    %2810 = stablehlo.dot_general %2809, %2806, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<768x16xf16>) -> tensor<512x2048x16xf16>
    %cst_550 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %2811 = stablehlo.reduce(%2810 init: %cst_550) applies stablehlo.maximum across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %cst_551 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %2812 = stablehlo.broadcast_in_dim %cst_551, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %2813 = stablehlo.maximum %2812, %2811 : tensor<512x2048xf16>
    %2814 = stablehlo.broadcast_in_dim %2813, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %2815 = stablehlo.broadcast_in_dim %2814, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %2816 = stablehlo.subtract %2810, %2815 : tensor<512x2048x16xf16>
    %2817 = stablehlo.exponential %2816 : tensor<512x2048x16xf16>
    %2818 = stablehlo.convert %2817 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_552 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2819 = stablehlo.reduce(%2818 init: %cst_552) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %2820 = stablehlo.broadcast_in_dim %2819, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x1xf32>
    %2821 = stablehlo.convert %2820 : (tensor<512x2048x1xf32>) -> tensor<512x2048x1xf16>
    %2822 = stablehlo.broadcast_in_dim %2821, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %2823 = stablehlo.divide %2817, %2822 : tensor<512x2048x16xf16>
    %2824 = stablehlo.multiply %2821, %2821 : tensor<512x2048x1xf16>
    %cst_553 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2825 = stablehlo.broadcast_in_dim %cst_553, dims = [] : (tensor<f16>) -> tensor<512x2048x1xf16>
    %2826 = stablehlo.divide %2825, %2824 : tensor<512x2048x1xf16>
    %2827 = call @argmax(%2823) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %2828 = call @_one_hot_14(%2827) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %2829 = stablehlo.convert %2828 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %2830 = stablehlo.multiply %2823, %2829 : tensor<512x2048x16xf16>
    %2831 = stablehlo.convert %2830 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_554 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2832 = stablehlo.reduce(%2831 init: %cst_554) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %2833 = stablehlo.convert %2832 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %c_555 = stablehlo.constant dense<1> : tensor<i32>
    %2834 = stablehlo.broadcast_in_dim %c_555, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %2835 = stablehlo.subtract %2834, %2828 : tensor<512x2048x16xi32>
    %2836 = stablehlo.convert %2835 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %2837 = stablehlo.multiply %2823, %2836 : tensor<512x2048x16xf16>
    %2838 = call @argmax(%2837) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %2839 = call @_one_hot_14(%2838) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %2840 = stablehlo.convert %2839 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %2841 = stablehlo.multiply %2837, %2840 : tensor<512x2048x16xf16>
    %2842 = stablehlo.convert %2841 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_556 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2843 = stablehlo.reduce(%2842 init: %cst_556) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %2844 = stablehlo.convert %2843 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %2845 = call @cumsum_15(%2828) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %2846 = stablehlo.subtract %2845, %2828 : tensor<512x2048x16xi32>
    %c_557 = stablehlo.constant dense<256> : tensor<i32>
    %2847 = stablehlo.broadcast_in_dim %c_557, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %2848 = stablehlo.compare LT, %2846, %2847, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %2849 = stablehlo.convert %2848 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %2850 = stablehlo.multiply %2828, %2849 : tensor<512x2048x16xi32>
    %2851 = stablehlo.multiply %2846, %2850 : tensor<512x2048x16xi32>
    %c_558 = stablehlo.constant dense<0> : tensor<i32>
    %2852 = stablehlo.reduce(%2851 init: %c_558) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_559 = stablehlo.constant dense<0> : tensor<i32>
    %2853 = stablehlo.reduce(%2850 init: %c_559) applies stablehlo.add across dimensions = [1] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x16xi32>
    %c_560 = stablehlo.constant dense<0> : tensor<i32>
    %2854 = stablehlo.reduce(%2850 init: %c_560) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %2855 = call @cumsum_15(%2839) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %2856 = stablehlo.subtract %2855, %2839 : tensor<512x2048x16xi32>
    %2857 = stablehlo.broadcast_in_dim %2853, dims = [0, 2] : (tensor<512x16xi32>) -> tensor<512x1x16xi32>
    %2858 = stablehlo.broadcast_in_dim %2857, dims = [0, 1, 2] : (tensor<512x1x16xi32>) -> tensor<512x2048x16xi32>
    %2859 = stablehlo.add %2856, %2858 : tensor<512x2048x16xi32>
    %c_561 = stablehlo.constant dense<256> : tensor<i32>
    %2860 = stablehlo.broadcast_in_dim %c_561, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %2861 = stablehlo.compare LT, %2859, %2860, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %2862 = stablehlo.convert %2861 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %2863 = stablehlo.multiply %2839, %2862 : tensor<512x2048x16xi32>
    %2864 = stablehlo.multiply %2859, %2863 : tensor<512x2048x16xi32>
    %c_562 = stablehlo.constant dense<0> : tensor<i32>
    %2865 = stablehlo.reduce(%2864 init: %c_562) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_563 = stablehlo.constant dense<0> : tensor<i32>
    %2866 = stablehlo.reduce(%2863 init: %c_563) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %2867 = stablehlo.convert %2854 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %2868 = stablehlo.multiply %2833, %2867 : tensor<512x2048xf16>
    %2869 = stablehlo.convert %2866 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %2870 = stablehlo.multiply %2844, %2869 : tensor<512x2048xf16>
    %2871 = stablehlo.add %2868, %2870 : tensor<512x2048xf16>
    %cst_564 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2872 = stablehlo.broadcast_in_dim %cst_564, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %2873 = stablehlo.compare GT, %2871, %2872, FLOAT : (tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xi1>
    %cst_565 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2874 = stablehlo.broadcast_in_dim %cst_565, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %2875:2 = call @_where_16(%2873, %2871, %2874) : (tensor<512x2048xi1>, tensor<512x2048xf16>, tensor<512x2048xf16>) -> (tensor<512x2048xf16>, tensor<512x2048xf16>)
    %2876 = stablehlo.divide %2868, %2875#0 : tensor<512x2048xf16>
    %2877 = stablehlo.multiply %2875#0, %2875#0 : tensor<512x2048xf16>
    %cst_566 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2878 = stablehlo.broadcast_in_dim %cst_566, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %2879 = stablehlo.divide %2878, %2877 : tensor<512x2048xf16>
    %2880 = stablehlo.divide %2870, %2875#0 : tensor<512x2048xf16>
    %2881 = stablehlo.multiply %2875#0, %2875#0 : tensor<512x2048xf16>
    %cst_567 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2882 = stablehlo.broadcast_in_dim %cst_567, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %2883 = stablehlo.divide %2882, %2881 : tensor<512x2048xf16>
    %2884 = stablehlo.convert %2854 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %2885 = stablehlo.multiply %2876, %2884 : tensor<512x2048xf16>
    %2886 = stablehlo.broadcast_in_dim %2885, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %2887 = call @_one_hot_17(%2827) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %2888 = stablehlo.broadcast_in_dim %2886, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %2889 = stablehlo.multiply %2888, %2887 : tensor<512x2048x16xf16>
    %2890 = call @_one_hot_18(%2852) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %2891 = stablehlo.broadcast_in_dim %2889, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %2892 = stablehlo.broadcast_in_dim %2890, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %2893 = stablehlo.broadcast_in_dim %2891, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %2894 = stablehlo.broadcast_in_dim %2892, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %2895 = stablehlo.multiply %2893, %2894 : tensor<512x2048x16x256xf16>
    %2896 = stablehlo.convert %2866 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %2897 = stablehlo.multiply %2880, %2896 : tensor<512x2048xf16>
    %2898 = stablehlo.broadcast_in_dim %2897, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %2899 = call @_one_hot_17(%2838) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %2900 = stablehlo.broadcast_in_dim %2898, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %2901 = stablehlo.multiply %2900, %2899 : tensor<512x2048x16xf16>
    %2902 = call @_one_hot_18(%2865) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %2903 = stablehlo.broadcast_in_dim %2901, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %2904 = stablehlo.broadcast_in_dim %2902, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %2905 = stablehlo.broadcast_in_dim %2903, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %2906 = stablehlo.broadcast_in_dim %2904, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %2907 = stablehlo.multiply %2905, %2906 : tensor<512x2048x16x256xf16>
    %2908 = stablehlo.add %2895, %2907 : tensor<512x2048x16x256xf16>
    %cst_568 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2909 = stablehlo.broadcast_in_dim %cst_568, dims = [] : (tensor<f16>) -> tensor<512x2048x16x256xf16>
    %2910 = stablehlo.compare NE, %2908, %2909, FLOAT : (tensor<512x2048x16x256xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x2048x16x256xi1>
    %2911 = stablehlo.convert %2910 : tensor<512x2048x16x256xi1>
    %2912 = stablehlo.convert %2911 : (tensor<512x2048x16x256xi1>) -> tensor<512x2048x16x256xf16>
    %2913 = stablehlo.dot_general %2809, %2912, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x16x256xf16>
    %2914 = stablehlo.transpose %2913, dims = [2, 0, 3, 1] : (tensor<512x768x16x256xf16>) -> tensor<16x512x256x768xf16>
    %2915 = stablehlo.dot_general %2914, %2807, batching_dims = [0] x [0], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x768xf16>, tensor<16x768x6144xf16>) -> tensor<16x512x256x6144xf16>
    %2916 = stablehlo.multiply %2915, %2915 : tensor<16x512x256x6144xf16>
    %2917 = stablehlo.multiply %2916, %2915 : tensor<16x512x256x6144xf16>
    %2918 = stablehlo.multiply %2915, %2915 : tensor<16x512x256x6144xf16>
    %cst_569 = stablehlo.constant dense<3.000000e+00> : tensor<f16>
    %2919 = stablehlo.broadcast_in_dim %cst_569, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2920 = stablehlo.multiply %2919, %2918 : tensor<16x512x256x6144xf16>
    %cst_570 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %2921 = stablehlo.broadcast_in_dim %cst_570, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2922 = stablehlo.multiply %2921, %2917 : tensor<16x512x256x6144xf16>
    %2923 = stablehlo.add %2915, %2922 : tensor<16x512x256x6144xf16>
    %cst_571 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %2924 = stablehlo.broadcast_in_dim %cst_571, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2925 = stablehlo.multiply %2924, %2923 : tensor<16x512x256x6144xf16>
    %2926 = stablehlo.tanh %2925 : tensor<16x512x256x6144xf16>
    %cst_572 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2927 = stablehlo.broadcast_in_dim %cst_572, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2928 = stablehlo.subtract %2927, %2926 : tensor<16x512x256x6144xf16>
    %cst_573 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %2929 = stablehlo.broadcast_in_dim %cst_573, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2930 = stablehlo.add %2929, %2926 : tensor<16x512x256x6144xf16>
    %cst_574 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %2931 = stablehlo.broadcast_in_dim %cst_574, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2932 = stablehlo.multiply %2931, %2930 : tensor<16x512x256x6144xf16>
    %2933 = stablehlo.multiply %2915, %2932 : tensor<16x512x256x6144xf16>
    %2934 = stablehlo.dot_general %2808, %2933, batching_dims = [0] x [0], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<16x6144x768xf16>, tensor<16x512x256x6144xf16>) -> tensor<16x768x512x256xf16>
    %2935 = stablehlo.transpose %2934, dims = [2, 0, 3, 1] : (tensor<16x768x512x256xf16>) -> tensor<512x16x256x768xf16>
    %2936 = stablehlo.reshape %2667#12 : (tensor<1024x1024x768xf16>) -> tensor<512x2048x768xf16>
    %2937 = stablehlo.dot_general %2936, %2908, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x16x256xf16>
    %2938 = stablehlo.transpose %2937, dims = [0, 2, 3, 1] : (tensor<512x768x16x256xf16>) -> tensor<512x16x256x768xf16>
    %2939 = stablehlo.dot_general %2936, %2935, batching_dims = [0] x [0], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x16x256x768xf16>) -> tensor<512x2048x16x256xf16>
    %2940 = stablehlo.transpose %2938, dims = [1, 3, 0, 2] : (tensor<512x16x256x768xf16>) -> tensor<16x768x512x256xf16>
    %2941 = stablehlo.dot_general %2940, %2808, batching_dims = [0] x [0], contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<16x768x512x256xf16>, tensor<16x6144x768xf16>) -> tensor<16x512x256x6144xf16>
    %2942 = stablehlo.dot_general %2940, %2933, batching_dims = [0] x [0], contracting_dims = [2, 3] x [1, 2], precision = [HIGHEST, HIGHEST] : (tensor<16x768x512x256xf16>, tensor<16x512x256x6144xf16>) -> tensor<16x768x6144xf16>
    %2943 = stablehlo.transpose %2942, dims = [0, 2, 1] : (tensor<16x768x6144xf16>) -> tensor<16x6144x768xf16>
    %2944 = stablehlo.multiply %2915, %2941 : tensor<16x512x256x6144xf16>
    %2945 = stablehlo.multiply %2941, %2932 : tensor<16x512x256x6144xf16>
    %cst_575 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %2946 = stablehlo.broadcast_in_dim %cst_575, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2947 = stablehlo.multiply %2946, %2944 : tensor<16x512x256x6144xf16>
    %2948 = stablehlo.multiply %2947, %2928 : tensor<16x512x256x6144xf16>
    %2949 = stablehlo.multiply %2948, %2926 : tensor<16x512x256x6144xf16>
    %2950 = stablehlo.add %2948, %2949 : tensor<16x512x256x6144xf16>
    %cst_576 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %2951 = stablehlo.broadcast_in_dim %cst_576, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2952 = stablehlo.multiply %2951, %2950 : tensor<16x512x256x6144xf16>
    %2953 = stablehlo.add %2945, %2952 : tensor<16x512x256x6144xf16>
    %cst_577 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %2954 = stablehlo.broadcast_in_dim %cst_577, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %2955 = stablehlo.multiply %2954, %2952 : tensor<16x512x256x6144xf16>
    %2956 = stablehlo.multiply %2955, %2920 : tensor<16x512x256x6144xf16>
    %2957 = stablehlo.add %2953, %2956 : tensor<16x512x256x6144xf16>
    %2958 = stablehlo.dot_general %2957, %2914, batching_dims = [0] x [0], contracting_dims = [1, 2] x [1, 2], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x6144xf16>, tensor<16x512x256x768xf16>) -> tensor<16x6144x768xf16>
    %2959 = stablehlo.transpose %2958, dims = [0, 2, 1] : (tensor<16x6144x768xf16>) -> tensor<16x768x6144xf16>
    %2960 = stablehlo.dot_general %2957, %2807, batching_dims = [0] x [0], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x6144xf16>, tensor<16x768x6144xf16>) -> tensor<16x512x256x768xf16>
    %2961 = stablehlo.transpose %2960, dims = [1, 3, 0, 2] : (tensor<16x512x256x768xf16>) -> tensor<512x768x16x256xf16>
    %2962 = stablehlo.dot_general %2961, %2912, batching_dims = [0] x [0], contracting_dims = [2, 3] x [2, 3], precision = [HIGHEST, HIGHEST] : (tensor<512x768x16x256xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x2048xf16>
    %2963 = stablehlo.transpose %2962, dims = [0, 2, 1] : (tensor<512x768x2048xf16>) -> tensor<512x2048x768xf16>
    %2964 = stablehlo.broadcast_in_dim %2904, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %2965 = stablehlo.multiply %2939, %2964 : tensor<512x2048x16x256xf16>
    %cst_578 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2966 = stablehlo.reduce(%2965 init: %cst_578) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x256xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %2967 = stablehlo.reshape %2966 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %cst_579 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2968 = stablehlo.reduce(%2967 init: %cst_579) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x1xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %2969 = stablehlo.multiply %2968, %2899 : tensor<512x2048x16xf16>
    %cst_580 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2970 = stablehlo.reduce(%2969 init: %cst_580) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %2971 = stablehlo.reshape %2970 : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %cst_581 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2972 = stablehlo.reduce(%2971 init: %cst_581) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x1xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %2973 = stablehlo.multiply %2972, %2896 : tensor<512x2048xf16>
    %2974 = stablehlo.broadcast_in_dim %2892, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %2975 = stablehlo.multiply %2939, %2974 : tensor<512x2048x16x256xf16>
    %cst_582 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2976 = stablehlo.reduce(%2975 init: %cst_582) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x256xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %2977 = stablehlo.reshape %2976 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %cst_583 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2978 = stablehlo.reduce(%2977 init: %cst_583) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x1xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %2979 = stablehlo.multiply %2978, %2887 : tensor<512x2048x16xf16>
    %cst_584 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2980 = stablehlo.reduce(%2979 init: %cst_584) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %2981 = stablehlo.reshape %2980 : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %cst_585 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2982 = stablehlo.reduce(%2981 init: %cst_585) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x1xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %2983 = stablehlo.multiply %2982, %2884 : tensor<512x2048xf16>
    %2984 = stablehlo.multiply %2973, %2883 : tensor<512x2048xf16>
    %2985 = stablehlo.multiply %2984, %2870 : tensor<512x2048xf16>
    %2986 = stablehlo.negate %2985 : tensor<512x2048xf16>
    %2987 = stablehlo.divide %2973, %2875#0 : tensor<512x2048xf16>
    %2988 = stablehlo.multiply %2983, %2879 : tensor<512x2048xf16>
    %2989 = stablehlo.multiply %2988, %2868 : tensor<512x2048xf16>
    %2990 = stablehlo.negate %2989 : tensor<512x2048xf16>
    %2991 = stablehlo.add %2986, %2990 : tensor<512x2048xf16>
    %2992 = stablehlo.divide %2983, %2875#0 : tensor<512x2048xf16>
    %2993 = call @_where_19(%2873, %2875#1, %2991) : (tensor<512x2048xi1>, tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xf16>
    %2994 = stablehlo.add %2992, %2993 : tensor<512x2048xf16>
    %2995 = stablehlo.add %2987, %2993 : tensor<512x2048xf16>
    %2996 = stablehlo.multiply %2995, %2869 : tensor<512x2048xf16>
    %2997 = stablehlo.multiply %2994, %2867 : tensor<512x2048xf16>
    %2998 = stablehlo.convert %2996 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %2999 = stablehlo.broadcast_in_dim %2998, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x16xf32>
    %3000 = stablehlo.convert %2999 : (tensor<512x2048x16xf32>) -> tensor<512x2048x16xf16>
    %3001 = stablehlo.multiply %3000, %2840 : tensor<512x2048x16xf16>
    %3002 = stablehlo.multiply %3001, %2836 : tensor<512x2048x16xf16>
    %3003 = stablehlo.convert %2997 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %3004 = stablehlo.broadcast_in_dim %3003, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x16xf32>
    %3005 = stablehlo.convert %3004 : (tensor<512x2048x16xf32>) -> tensor<512x2048x16xf16>
    %3006 = stablehlo.multiply %3005, %2829 : tensor<512x2048x16xf16>
    %3007 = stablehlo.add %3002, %3006 : tensor<512x2048x16xf16>
    %3008 = stablehlo.broadcast_in_dim %2826, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %3009 = stablehlo.multiply %3007, %3008 : tensor<512x2048x16xf16>
    %3010 = stablehlo.multiply %3009, %2817 : tensor<512x2048x16xf16>
    %cst_586 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3011 = stablehlo.reduce(%3010 init: %cst_586) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %3012 = stablehlo.reshape %3011 : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %3013 = stablehlo.negate %3012 : tensor<512x2048x1xf16>
    %3014 = stablehlo.broadcast_in_dim %2821, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %3015 = stablehlo.divide %3007, %3014 : tensor<512x2048x16xf16>
    %3016 = stablehlo.convert %3013 : (tensor<512x2048x1xf16>) -> tensor<512x2048x1xf32>
    %cst_587 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3017 = stablehlo.reduce(%3016 init: %cst_587) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x1xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %3018 = stablehlo.broadcast_in_dim %3017, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x16xf32>
    %3019 = stablehlo.convert %3018 : (tensor<512x2048x16xf32>) -> tensor<512x2048x16xf16>
    %3020 = stablehlo.add %3015, %3019 : tensor<512x2048x16xf16>
    %3021 = stablehlo.multiply %3020, %2817 : tensor<512x2048x16xf16>
    %3022 = stablehlo.dot_general %3021, %2809, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x16xf16>, tensor<512x2048x768xf16>) -> tensor<16x768xf16>
    %3023 = stablehlo.transpose %3022, dims = [1, 0] : (tensor<16x768xf16>) -> tensor<768x16xf16>
    %3024 = stablehlo.dot_general %3021, %2806, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x16xf16>, tensor<768x16xf16>) -> tensor<512x2048x768xf16>
    %3025 = stablehlo.add %2963, %3024 : tensor<512x2048x768xf16>
    %3026 = stablehlo.reshape %3025 : (tensor<512x2048x768xf16>) -> tensor<1024x1024x768xf16>
    %3027 = stablehlo.convert %2943 : (tensor<16x6144x768xf16>) -> tensor<16x6144x768xf32>
    %3028 = stablehlo.convert %2959 : (tensor<16x768x6144xf16>) -> tensor<16x768x6144xf32>
    %3029 = stablehlo.convert %3023 : (tensor<768x16xf16>) -> tensor<768x16xf32>
    %3030 = stablehlo.convert %3026 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_588 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3031 = stablehlo.reduce(%3030 init: %cst_588) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %3032 = stablehlo.reshape %3031 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3033 = stablehlo.reshape %3032 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %3034 = stablehlo.multiply %2790, %3030 : tensor<1024x1024x768xf32>
    %3035 = stablehlo.multiply %3030, %2800 : tensor<1024x1024x768xf32>
    %3036 = stablehlo.broadcast_in_dim %2793, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3037 = stablehlo.multiply %3036, %3034 : tensor<1024x1024x768xf32>
    %cst_589 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3038 = stablehlo.reduce(%3037 init: %cst_589) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %3039 = stablehlo.reshape %3038 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3040 = stablehlo.broadcast_in_dim %2797, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3041 = stablehlo.multiply %3034, %3040 : tensor<1024x1024x768xf32>
    %cst_590 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3042 = stablehlo.reduce(%3041 init: %cst_590) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3043 = stablehlo.reshape %3042 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3044 = stablehlo.reshape %3039 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %3045 = stablehlo.multiply %3043, %2796 : tensor<1024x1024x1xf32>
    %3046 = stablehlo.negate %3035 : tensor<1024x1024x768xf32>
    %cst_591 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3047 = stablehlo.reduce(%3046 init: %cst_591) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3048 = stablehlo.reshape %3047 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3049 = stablehlo.convert %3035 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3050 = stablehlo.add %2667#12, %3049 : tensor<1024x1024x768xf16>
    %cst_592 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3051 = stablehlo.reduce(%3045 init: %cst_592) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_593 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3052 = stablehlo.reduce(%3048 init: %cst_593) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3053 = stablehlo.multiply %3051, %2785 : tensor<1024x1024xf32>
    %3054 = stablehlo.negate %3053 : tensor<1024x1024xf32>
    %3055 = stablehlo.multiply %3054, %2772 : tensor<1024x1024xf32>
    %3056 = stablehlo.add %3052, %3055 : tensor<1024x1024xf32>
    %cst_594 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3057 = stablehlo.broadcast_in_dim %cst_594, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3058 = stablehlo.divide %3053, %3057 : tensor<1024x1024xf32>
    %3059 = stablehlo.broadcast_in_dim %3058, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_595 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3060 = stablehlo.broadcast_in_dim %cst_595, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3061 = stablehlo.divide %3056, %3060 : tensor<1024x1024xf32>
    %3062 = stablehlo.broadcast_in_dim %3061, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %3063 = stablehlo.multiply %3059, %2763 : tensor<1024x1024x768xf32>
    %3064 = stablehlo.add %3062, %3063 : tensor<1024x1024x768xf32>
    %3065 = stablehlo.convert %3064 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3066 = stablehlo.add %3050, %3065 : tensor<1024x1024x768xf16>
    %cst_596 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3067 = stablehlo.reduce(%3066 init: %cst_596) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf16>, tensor<f16>) -> tensor<768xf16>
    %3068 = stablehlo.reshape %3067 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %3069 = stablehlo.reshape %3068 : (tensor<1x1x768xf16>) -> tensor<768xf16>
    %3070 = stablehlo.dot_general %3066, %2752, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>) -> tensor<768x768xf16>
    %3071 = stablehlo.transpose %3070, dims = [1, 0] : (tensor<768x768xf16>) -> tensor<768x768xf16>
    %3072 = stablehlo.dot_general %3066, %2753, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %3073 = stablehlo.convert %3069 : (tensor<768xf16>) -> tensor<768xf32>
    %3074 = stablehlo.convert %3071 : (tensor<768x768xf16>) -> tensor<768x768xf32>
    %3075 = stablehlo.reshape %3072 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x16x48xf16>
    %3076 = stablehlo.transpose %3075, dims = [0, 2, 3, 1] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x16x48x1024xf16>
    %3077 = stablehlo.dot_general %3076, %2726, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %3078 = stablehlo.dot_general %3076, %2746, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %3079 = stablehlo.transpose %3078, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %3080 = stablehlo.broadcast_in_dim %2749, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %3081 = stablehlo.multiply %3077, %3080 : tensor<1024x16x1024x1024xf16>
    %3082 = stablehlo.multiply %3081, %2740 : tensor<1024x16x1024x1024xf16>
    %cst_597 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3083 = stablehlo.reduce(%3082 init: %cst_597) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %3084 = stablehlo.reshape %3083 : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %3085 = stablehlo.negate %3084 : tensor<1024x16x1024x1xf16>
    %3086 = stablehlo.broadcast_in_dim %2744, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %3087 = stablehlo.divide %3077, %3086 : tensor<1024x16x1024x1024xf16>
    %3088 = stablehlo.convert %3085 : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1xf32>
    %cst_598 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3089 = stablehlo.reduce(%3088 init: %cst_598) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %3090 = stablehlo.broadcast_in_dim %3089, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1024xf32>
    %3091 = stablehlo.convert %3090 : (tensor<1024x16x1024x1024xf32>) -> tensor<1024x16x1024x1024xf16>
    %3092 = stablehlo.add %3087, %3091 : tensor<1024x16x1024x1024xf16>
    %3093 = stablehlo.multiply %3092, %2740 : tensor<1024x16x1024x1024xf16>
    %3094 = call @_where_13(%2733#1, %2733#2, %3093) : (tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_599 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %3095 = stablehlo.broadcast_in_dim %cst_599, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %3096 = stablehlo.multiply %3094, %3095 : tensor<1024x16x1024x1024xf16>
    %3097 = stablehlo.dot_general %3096, %2722, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %3098 = stablehlo.transpose %3097, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %3099 = stablehlo.dot_general %3096, %2724, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %3100 = stablehlo.transpose %3099, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %3101 = stablehlo.broadcast_in_dim %3079, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_600 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3102 = stablehlo.pad %3101, %cst_600, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %3103 = stablehlo.broadcast_in_dim %3098, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_601 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3104 = stablehlo.pad %3103, %cst_601, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %3105 = stablehlo.add %3102, %3104 : tensor<1024x1024x16x3x48xf16>
    %3106 = stablehlo.broadcast_in_dim %3100, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_602 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3107 = stablehlo.pad %3106, %cst_602, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %3108 = stablehlo.add %3105, %3107 : tensor<1024x1024x16x3x48xf16>
    %3109 = stablehlo.reshape %3108 : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x2304xf16>
    %cst_603 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3110 = stablehlo.reduce(%3109 init: %cst_603) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x2304xf16>, tensor<f16>) -> tensor<2304xf16>
    %3111 = stablehlo.reshape %3110 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %3112 = stablehlo.reshape %3111 : (tensor<1x1x2304xf16>) -> tensor<2304xf16>
    %3113 = stablehlo.dot_general %3109, %2713, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<1024x1024x768xf16>) -> tensor<2304x768xf16>
    %3114 = stablehlo.transpose %3113, dims = [1, 0] : (tensor<2304x768xf16>) -> tensor<768x2304xf16>
    %3115 = stablehlo.dot_general %3109, %2714, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x768xf16>
    %3116 = stablehlo.convert %3112 : (tensor<2304xf16>) -> tensor<2304xf32>
    %3117 = stablehlo.convert %3114 : (tensor<768x2304xf16>) -> tensor<768x2304xf32>
    %3118 = stablehlo.convert %3115 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_604 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3119 = stablehlo.reduce(%3118 init: %cst_604) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %3120 = stablehlo.reshape %3119 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3121 = stablehlo.reshape %3120 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %3122 = stablehlo.multiply %2698, %3118 : tensor<1024x1024x768xf32>
    %3123 = stablehlo.multiply %3118, %2708 : tensor<1024x1024x768xf32>
    %3124 = stablehlo.broadcast_in_dim %2701, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3125 = stablehlo.multiply %3124, %3122 : tensor<1024x1024x768xf32>
    %cst_605 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3126 = stablehlo.reduce(%3125 init: %cst_605) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %3127 = stablehlo.reshape %3126 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3128 = stablehlo.broadcast_in_dim %2705, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3129 = stablehlo.multiply %3122, %3128 : tensor<1024x1024x768xf32>
    %cst_606 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3130 = stablehlo.reduce(%3129 init: %cst_606) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3131 = stablehlo.reshape %3130 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3132 = stablehlo.reshape %3127 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %3133 = stablehlo.multiply %3131, %2704 : tensor<1024x1024x1xf32>
    %3134 = stablehlo.negate %3123 : tensor<1024x1024x768xf32>
    %cst_607 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3135 = stablehlo.reduce(%3134 init: %cst_607) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3136 = stablehlo.reshape %3135 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3137 = stablehlo.convert %3123 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3138 = stablehlo.add %3066, %3137 : tensor<1024x1024x768xf16>
    %cst_608 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3139 = stablehlo.reduce(%3133 init: %cst_608) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_609 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3140 = stablehlo.reduce(%3136 init: %cst_609) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3141 = stablehlo.multiply %3139, %2693 : tensor<1024x1024xf32>
    %3142 = stablehlo.negate %3141 : tensor<1024x1024xf32>
    %3143 = stablehlo.multiply %3142, %2680 : tensor<1024x1024xf32>
    %3144 = stablehlo.add %3140, %3143 : tensor<1024x1024xf32>
    %cst_610 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3145 = stablehlo.broadcast_in_dim %cst_610, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3146 = stablehlo.divide %3141, %3145 : tensor<1024x1024xf32>
    %3147 = stablehlo.broadcast_in_dim %3146, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_611 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3148 = stablehlo.broadcast_in_dim %cst_611, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3149 = stablehlo.divide %3144, %3148 : tensor<1024x1024xf32>
    %3150 = stablehlo.broadcast_in_dim %3149, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %3151 = stablehlo.multiply %3147, %2671 : tensor<1024x1024x768xf32>
    %3152 = stablehlo.add %3150, %3151 : tensor<1024x1024x768xf32>
    %3153 = stablehlo.convert %3152 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3154 = stablehlo.add %3138, %3153 : tensor<1024x1024x768xf16>
    %3155:13 = stablehlo.optimization_barrier %arg34, %arg35, %arg36, %arg37, %arg38, %arg39, %arg41, %arg42, %arg43, %arg44, %arg45, %574, %3154 : tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>
    %3156 = stablehlo.convert %3155#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %3157 = chlo.square %3156 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_612 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3158 = stablehlo.broadcast_in_dim %cst_612, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %3159 = stablehlo.multiply %3158, %3156 : tensor<1024x1024x768xf32>
    %cst_613 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3160 = stablehlo.reduce(%3156 init: %cst_613) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_614 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3161 = stablehlo.broadcast_in_dim %cst_614, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3162 = stablehlo.divide %3160, %3161 : tensor<1024x1024xf32>
    %cst_615 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3163 = stablehlo.reduce(%3157 init: %cst_615) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_616 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3164 = stablehlo.broadcast_in_dim %cst_616, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3165 = stablehlo.divide %3163, %3164 : tensor<1024x1024xf32>
    %3166 = chlo.square %3162 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_617 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3167 = stablehlo.broadcast_in_dim %cst_617, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3168 = stablehlo.multiply %3167, %3162 : tensor<1024x1024xf32>
    %3169 = stablehlo.subtract %3165, %3166 : tensor<1024x1024xf32>
    %cst_618 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3170 = stablehlo.broadcast_in_dim %cst_618, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3171 = stablehlo.maximum %3170, %3169 : tensor<1024x1024xf32>
    %3172 = stablehlo.compare EQ, %3169, %3171, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_619 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %3173 = stablehlo.broadcast_in_dim %cst_619, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_620 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3174 = stablehlo.broadcast_in_dim %cst_620, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3175 = stablehlo.select %3172, %3173, %3174 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_621 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3176 = stablehlo.broadcast_in_dim %cst_621, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3177 = stablehlo.compare EQ, %3176, %3171, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_622 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3178 = stablehlo.broadcast_in_dim %cst_622, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_623 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %3179 = stablehlo.broadcast_in_dim %cst_623, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3180 = stablehlo.select %3177, %3178, %3179 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %3181 = stablehlo.divide %3175, %3180 : tensor<1024x1024xf32>
    %3182 = stablehlo.broadcast_in_dim %3162, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3183 = stablehlo.broadcast_in_dim %3171, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3184 = stablehlo.convert %3155#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %3185 = stablehlo.broadcast_in_dim %3182, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3186 = stablehlo.subtract %3184, %3185 : tensor<1024x1024x768xf32>
    %cst_624 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %3187 = stablehlo.broadcast_in_dim %cst_624, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %3188 = stablehlo.add %3183, %3187 : tensor<1024x1024x1xf32>
    %3189 = stablehlo.rsqrt %3188 : tensor<1024x1024x1xf32>
    %3190 = stablehlo.divide %3189, %3188 : tensor<1024x1024x1xf32>
    %cst_625 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %3191 = stablehlo.broadcast_in_dim %cst_625, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %3192 = stablehlo.multiply %3191, %3190 : tensor<1024x1024x1xf32>
    %3193 = stablehlo.reshape %3155#8 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3194 = stablehlo.broadcast_in_dim %3189, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3195 = stablehlo.broadcast_in_dim %3193, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3196 = stablehlo.multiply %3194, %3195 : tensor<1024x1024x768xf32>
    %3197 = stablehlo.multiply %3186, %3196 : tensor<1024x1024x768xf32>
    %3198 = stablehlo.reshape %3155#7 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3199 = stablehlo.broadcast_in_dim %3198, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3200 = stablehlo.add %3197, %3199 : tensor<1024x1024x768xf32>
    %3201 = stablehlo.convert %3200 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3202 = stablehlo.convert %3155#1 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %3203 = stablehlo.convert %3155#0 : (tensor<2304xf32>) -> tensor<2304xf16>
    %3204 = stablehlo.dot_general %3201, %3202, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %3205 = stablehlo.reshape %3203 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %3206 = stablehlo.broadcast_in_dim %3205, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %3207 = stablehlo.add %3204, %3206 : tensor<1024x1024x2304xf16>
    %3208 = stablehlo.reshape %3207 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %3209 = stablehlo.slice %3208 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %3210 = stablehlo.reshape %3209 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %3211 = stablehlo.slice %3208 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %3212 = stablehlo.reshape %3211 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %3213 = stablehlo.slice %3208 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %3214 = stablehlo.reshape %3213 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %3215 = stablehlo.dot_general %3210, %3212, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_626 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %3216 = stablehlo.broadcast_in_dim %cst_626, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %3217 = stablehlo.multiply %3215, %3216 : tensor<1024x16x1024x1024xf16>
    %c_627 = stablehlo.constant dense<true> : tensor<i1>
    %3218 = stablehlo.broadcast_in_dim %c_627, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %3219 = call @tril_11(%3218) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %3220 = stablehlo.broadcast_in_dim %3219, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_628 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %3221:3 = call @_where_12(%3220, %3217, %cst_628) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> (tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>)
    %cst_629 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %3222 = stablehlo.reduce(%3221#0 init: %cst_629) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_630 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %3223 = stablehlo.broadcast_in_dim %cst_630, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %3224 = stablehlo.maximum %3223, %3222 : tensor<1024x16x1024xf16>
    %3225 = stablehlo.broadcast_in_dim %3224, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %3226 = stablehlo.broadcast_in_dim %3225, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %3227 = stablehlo.subtract %3221#0, %3226 : tensor<1024x16x1024x1024xf16>
    %3228 = stablehlo.exponential %3227 : tensor<1024x16x1024x1024xf16>
    %3229 = stablehlo.convert %3228 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_631 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3230 = stablehlo.reduce(%3229 init: %cst_631) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %3231 = stablehlo.broadcast_in_dim %3230, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %3232 = stablehlo.convert %3231 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %3233 = stablehlo.broadcast_in_dim %3232, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %3234 = stablehlo.divide %3228, %3233 : tensor<1024x16x1024x1024xf16>
    %3235 = stablehlo.multiply %3232, %3232 : tensor<1024x16x1024x1xf16>
    %cst_632 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %3236 = stablehlo.broadcast_in_dim %cst_632, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1xf16>
    %3237 = stablehlo.divide %3236, %3235 : tensor<1024x16x1024x1xf16>
    %3238 = stablehlo.dot_general %3214, %3234, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %3239 = stablehlo.transpose %3238, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %3240 = stablehlo.reshape %3239 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %3241 = stablehlo.convert %3155#3 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %3242 = stablehlo.convert %3155#2 : (tensor<768xf32>) -> tensor<768xf16>
    %3243 = stablehlo.dot_general %3240, %3241, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %3244 = stablehlo.reshape %3242 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %3245 = stablehlo.broadcast_in_dim %3244, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %3246 = stablehlo.add %3243, %3245 : tensor<1024x1024x768xf16>
    %3247 = stablehlo.add %3155#11, %3246 : tensor<1024x1024x768xf16>
    %3248 = stablehlo.convert %3247 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %3249 = chlo.square %3248 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_633 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3250 = stablehlo.broadcast_in_dim %cst_633, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %3251 = stablehlo.multiply %3250, %3248 : tensor<1024x1024x768xf32>
    %cst_634 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3252 = stablehlo.reduce(%3248 init: %cst_634) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_635 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3253 = stablehlo.broadcast_in_dim %cst_635, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3254 = stablehlo.divide %3252, %3253 : tensor<1024x1024xf32>
    %cst_636 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3255 = stablehlo.reduce(%3249 init: %cst_636) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_637 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3256 = stablehlo.broadcast_in_dim %cst_637, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3257 = stablehlo.divide %3255, %3256 : tensor<1024x1024xf32>
    %3258 = chlo.square %3254 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_638 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3259 = stablehlo.broadcast_in_dim %cst_638, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3260 = stablehlo.multiply %3259, %3254 : tensor<1024x1024xf32>
    %3261 = stablehlo.subtract %3257, %3258 : tensor<1024x1024xf32>
    %cst_639 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3262 = stablehlo.broadcast_in_dim %cst_639, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3263 = stablehlo.maximum %3262, %3261 : tensor<1024x1024xf32>
    %3264 = stablehlo.compare EQ, %3261, %3263, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_640 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %3265 = stablehlo.broadcast_in_dim %cst_640, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_641 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3266 = stablehlo.broadcast_in_dim %cst_641, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3267 = stablehlo.select %3264, %3265, %3266 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_642 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3268 = stablehlo.broadcast_in_dim %cst_642, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3269 = stablehlo.compare EQ, %3268, %3263, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_643 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3270 = stablehlo.broadcast_in_dim %cst_643, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_644 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %3271 = stablehlo.broadcast_in_dim %cst_644, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3272 = stablehlo.select %3269, %3270, %3271 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %3273 = stablehlo.divide %3267, %3272 : tensor<1024x1024xf32>
    %3274 = stablehlo.broadcast_in_dim %3254, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3275 = stablehlo.broadcast_in_dim %3263, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3276 = stablehlo.convert %3247 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %3277 = stablehlo.broadcast_in_dim %3274, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3278 = stablehlo.subtract %3276, %3277 : tensor<1024x1024x768xf32>
    %cst_645 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %3279 = stablehlo.broadcast_in_dim %cst_645, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %3280 = stablehlo.add %3275, %3279 : tensor<1024x1024x1xf32>
    %3281 = stablehlo.rsqrt %3280 : tensor<1024x1024x1xf32>
    %3282 = stablehlo.divide %3281, %3280 : tensor<1024x1024x1xf32>
    %cst_646 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %3283 = stablehlo.broadcast_in_dim %cst_646, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %3284 = stablehlo.multiply %3283, %3282 : tensor<1024x1024x1xf32>
    %3285 = stablehlo.reshape %3155#10 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3286 = stablehlo.broadcast_in_dim %3281, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3287 = stablehlo.broadcast_in_dim %3285, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3288 = stablehlo.multiply %3286, %3287 : tensor<1024x1024x768xf32>
    %3289 = stablehlo.multiply %3278, %3288 : tensor<1024x1024x768xf32>
    %3290 = stablehlo.reshape %3155#9 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3291 = stablehlo.broadcast_in_dim %3290, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3292 = stablehlo.add %3289, %3291 : tensor<1024x1024x768xf32>
    %3293 = stablehlo.convert %3292 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3294 = stablehlo.convert %3155#5 : (tensor<768x6144xf32>) -> tensor<768x6144xf16>
    %3295 = stablehlo.convert %3155#4 : (tensor<6144xf32>) -> tensor<6144xf16>
    %3296 = stablehlo.dot_general %3293, %3294, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x6144xf16>) -> tensor<1024x1024x6144xf16>
    %3297 = stablehlo.reshape %3295 : (tensor<6144xf16>) -> tensor<1x1x6144xf16>
    %3298 = stablehlo.broadcast_in_dim %3297, dims = [0, 1, 2] : (tensor<1x1x6144xf16>) -> tensor<1024x1024x6144xf16>
    %3299 = stablehlo.add %3296, %3298 : tensor<1024x1024x6144xf16>
    %3300 = stablehlo.multiply %3299, %3299 : tensor<1024x1024x6144xf16>
    %3301 = stablehlo.multiply %3300, %3299 : tensor<1024x1024x6144xf16>
    %3302 = stablehlo.multiply %3299, %3299 : tensor<1024x1024x6144xf16>
    %cst_647 = stablehlo.constant dense<3.000000e+00> : tensor<f16>
    %3303 = stablehlo.broadcast_in_dim %cst_647, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %3304 = stablehlo.multiply %3303, %3302 : tensor<1024x1024x6144xf16>
    %cst_648 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %3305 = stablehlo.broadcast_in_dim %cst_648, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %3306 = stablehlo.multiply %3305, %3301 : tensor<1024x1024x6144xf16>
    %3307 = stablehlo.add %3299, %3306 : tensor<1024x1024x6144xf16>
    %cst_649 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %3308 = stablehlo.broadcast_in_dim %cst_649, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %3309 = stablehlo.multiply %3308, %3307 : tensor<1024x1024x6144xf16>
    %3310 = stablehlo.tanh %3309 : tensor<1024x1024x6144xf16>
    %cst_650 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %3311 = stablehlo.broadcast_in_dim %cst_650, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %3312 = stablehlo.subtract %3311, %3310 : tensor<1024x1024x6144xf16>
    %cst_651 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %3313 = stablehlo.broadcast_in_dim %cst_651, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %3314 = stablehlo.add %3313, %3310 : tensor<1024x1024x6144xf16>
    %cst_652 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %3315 = stablehlo.broadcast_in_dim %cst_652, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %3316 = stablehlo.multiply %3315, %3314 : tensor<1024x1024x6144xf16>
    %3317 = stablehlo.multiply %3299, %3316 : tensor<1024x1024x6144xf16>
    %3318 = stablehlo.convert %3155#6 : (tensor<6144x768xf32>) -> tensor<6144x768xf16>
    %cst_653 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3319 = stablehlo.reduce(%3155#12 init: %cst_653) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf16>, tensor<f16>) -> tensor<768xf16>
    %3320 = stablehlo.reshape %3319 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %3321 = stablehlo.reshape %3320 : (tensor<1x1x768xf16>) -> tensor<768xf16>
    %3322 = stablehlo.dot_general %3155#12, %3317, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<1024x1024x6144xf16>) -> tensor<768x6144xf16>
    %3323 = stablehlo.transpose %3322, dims = [1, 0] : (tensor<768x6144xf16>) -> tensor<6144x768xf16>
    %3324 = stablehlo.dot_general %3155#12, %3318, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<6144x768xf16>) -> tensor<1024x1024x6144xf16>
    %3325 = stablehlo.convert %3321 : (tensor<768xf16>) -> tensor<768xf32>
    %3326 = stablehlo.convert %3323 : (tensor<6144x768xf16>) -> tensor<6144x768xf32>
    %3327 = stablehlo.multiply %3299, %3324 : tensor<1024x1024x6144xf16>
    %3328 = stablehlo.multiply %3324, %3316 : tensor<1024x1024x6144xf16>
    %cst_654 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %3329 = stablehlo.broadcast_in_dim %cst_654, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %3330 = stablehlo.multiply %3329, %3327 : tensor<1024x1024x6144xf16>
    %3331 = stablehlo.multiply %3330, %3312 : tensor<1024x1024x6144xf16>
    %3332 = stablehlo.multiply %3331, %3310 : tensor<1024x1024x6144xf16>
    %3333 = stablehlo.add %3331, %3332 : tensor<1024x1024x6144xf16>
    %cst_655 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %3334 = stablehlo.broadcast_in_dim %cst_655, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %3335 = stablehlo.multiply %3334, %3333 : tensor<1024x1024x6144xf16>
    %3336 = stablehlo.add %3328, %3335 : tensor<1024x1024x6144xf16>
    %cst_656 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %3337 = stablehlo.broadcast_in_dim %cst_656, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %3338 = stablehlo.multiply %3337, %3335 : tensor<1024x1024x6144xf16>
    %3339 = stablehlo.multiply %3338, %3304 : tensor<1024x1024x6144xf16>
    %3340 = stablehlo.add %3336, %3339 : tensor<1024x1024x6144xf16>
    %cst_657 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3341 = stablehlo.reduce(%3340 init: %cst_657) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x6144xf16>, tensor<f16>) -> tensor<6144xf16>
    %3342 = stablehlo.reshape %3341 : (tensor<6144xf16>) -> tensor<1x1x6144xf16>
    %3343 = stablehlo.reshape %3342 : (tensor<1x1x6144xf16>) -> tensor<6144xf16>
    %3344 = stablehlo.dot_general %3340, %3293, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x6144xf16>, tensor<1024x1024x768xf16>) -> tensor<6144x768xf16>
    %3345 = stablehlo.transpose %3344, dims = [1, 0] : (tensor<6144x768xf16>) -> tensor<768x6144xf16>
    %3346 = stablehlo.dot_general %3340, %3294, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x6144xf16>, tensor<768x6144xf16>) -> tensor<1024x1024x768xf16>
    %3347 = stablehlo.convert %3343 : (tensor<6144xf16>) -> tensor<6144xf32>
    %3348 = stablehlo.convert %3345 : (tensor<768x6144xf16>) -> tensor<768x6144xf32>
    %3349 = stablehlo.convert %3346 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_658 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3350 = stablehlo.reduce(%3349 init: %cst_658) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %3351 = stablehlo.reshape %3350 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3352 = stablehlo.reshape %3351 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %3353 = stablehlo.multiply %3278, %3349 : tensor<1024x1024x768xf32>
    %3354 = stablehlo.multiply %3349, %3288 : tensor<1024x1024x768xf32>
    %3355 = stablehlo.broadcast_in_dim %3281, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3356 = stablehlo.multiply %3355, %3353 : tensor<1024x1024x768xf32>
    %cst_659 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3357 = stablehlo.reduce(%3356 init: %cst_659) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %3358 = stablehlo.reshape %3357 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3359 = stablehlo.broadcast_in_dim %3285, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3360 = stablehlo.multiply %3353, %3359 : tensor<1024x1024x768xf32>
    %cst_660 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3361 = stablehlo.reduce(%3360 init: %cst_660) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3362 = stablehlo.reshape %3361 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3363 = stablehlo.reshape %3358 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %3364 = stablehlo.multiply %3362, %3284 : tensor<1024x1024x1xf32>
    %3365 = stablehlo.negate %3354 : tensor<1024x1024x768xf32>
    %cst_661 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3366 = stablehlo.reduce(%3365 init: %cst_661) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3367 = stablehlo.reshape %3366 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3368 = stablehlo.convert %3354 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3369 = stablehlo.add %3155#12, %3368 : tensor<1024x1024x768xf16>
    %cst_662 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3370 = stablehlo.reduce(%3364 init: %cst_662) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_663 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3371 = stablehlo.reduce(%3367 init: %cst_663) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3372 = stablehlo.multiply %3370, %3273 : tensor<1024x1024xf32>
    %3373 = stablehlo.negate %3372 : tensor<1024x1024xf32>
    %3374 = stablehlo.multiply %3373, %3260 : tensor<1024x1024xf32>
    %3375 = stablehlo.add %3371, %3374 : tensor<1024x1024xf32>
    %cst_664 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3376 = stablehlo.broadcast_in_dim %cst_664, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3377 = stablehlo.divide %3372, %3376 : tensor<1024x1024xf32>
    %3378 = stablehlo.broadcast_in_dim %3377, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_665 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3379 = stablehlo.broadcast_in_dim %cst_665, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3380 = stablehlo.divide %3375, %3379 : tensor<1024x1024xf32>
    %3381 = stablehlo.broadcast_in_dim %3380, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %3382 = stablehlo.multiply %3378, %3251 : tensor<1024x1024x768xf32>
    %3383 = stablehlo.add %3381, %3382 : tensor<1024x1024x768xf32>
    %3384 = stablehlo.convert %3383 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3385 = stablehlo.add %3369, %3384 : tensor<1024x1024x768xf16>
    %cst_666 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3386 = stablehlo.reduce(%3385 init: %cst_666) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf16>, tensor<f16>) -> tensor<768xf16>
    %3387 = stablehlo.reshape %3386 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %3388 = stablehlo.reshape %3387 : (tensor<1x1x768xf16>) -> tensor<768xf16>
    %3389 = stablehlo.dot_general %3385, %3240, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>) -> tensor<768x768xf16>
    %3390 = stablehlo.transpose %3389, dims = [1, 0] : (tensor<768x768xf16>) -> tensor<768x768xf16>
    %3391 = stablehlo.dot_general %3385, %3241, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %3392 = stablehlo.convert %3388 : (tensor<768xf16>) -> tensor<768xf32>
    %3393 = stablehlo.convert %3390 : (tensor<768x768xf16>) -> tensor<768x768xf32>
    %3394 = stablehlo.reshape %3391 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x16x48xf16>
    %3395 = stablehlo.transpose %3394, dims = [0, 2, 3, 1] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x16x48x1024xf16>
    %3396 = stablehlo.dot_general %3395, %3214, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %3397 = stablehlo.dot_general %3395, %3234, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %3398 = stablehlo.transpose %3397, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %3399 = stablehlo.broadcast_in_dim %3237, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %3400 = stablehlo.multiply %3396, %3399 : tensor<1024x16x1024x1024xf16>
    %3401 = stablehlo.multiply %3400, %3228 : tensor<1024x16x1024x1024xf16>
    %cst_667 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3402 = stablehlo.reduce(%3401 init: %cst_667) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %3403 = stablehlo.reshape %3402 : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %3404 = stablehlo.negate %3403 : tensor<1024x16x1024x1xf16>
    %3405 = stablehlo.broadcast_in_dim %3232, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %3406 = stablehlo.divide %3396, %3405 : tensor<1024x16x1024x1024xf16>
    %3407 = stablehlo.convert %3404 : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1xf32>
    %cst_668 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3408 = stablehlo.reduce(%3407 init: %cst_668) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %3409 = stablehlo.broadcast_in_dim %3408, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1024xf32>
    %3410 = stablehlo.convert %3409 : (tensor<1024x16x1024x1024xf32>) -> tensor<1024x16x1024x1024xf16>
    %3411 = stablehlo.add %3406, %3410 : tensor<1024x16x1024x1024xf16>
    %3412 = stablehlo.multiply %3411, %3228 : tensor<1024x16x1024x1024xf16>
    %3413 = call @_where_13(%3221#1, %3221#2, %3412) : (tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_669 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %3414 = stablehlo.broadcast_in_dim %cst_669, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %3415 = stablehlo.multiply %3413, %3414 : tensor<1024x16x1024x1024xf16>
    %3416 = stablehlo.dot_general %3415, %3210, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %3417 = stablehlo.transpose %3416, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %3418 = stablehlo.dot_general %3415, %3212, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %3419 = stablehlo.transpose %3418, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %3420 = stablehlo.broadcast_in_dim %3398, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_670 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3421 = stablehlo.pad %3420, %cst_670, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %3422 = stablehlo.broadcast_in_dim %3417, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_671 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3423 = stablehlo.pad %3422, %cst_671, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %3424 = stablehlo.add %3421, %3423 : tensor<1024x1024x16x3x48xf16>
    %3425 = stablehlo.broadcast_in_dim %3419, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_672 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3426 = stablehlo.pad %3425, %cst_672, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %3427 = stablehlo.add %3424, %3426 : tensor<1024x1024x16x3x48xf16>
    %3428 = stablehlo.reshape %3427 : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x2304xf16>
    %cst_673 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3429 = stablehlo.reduce(%3428 init: %cst_673) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x2304xf16>, tensor<f16>) -> tensor<2304xf16>
    %3430 = stablehlo.reshape %3429 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %3431 = stablehlo.reshape %3430 : (tensor<1x1x2304xf16>) -> tensor<2304xf16>
    %3432 = stablehlo.dot_general %3428, %3201, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<1024x1024x768xf16>) -> tensor<2304x768xf16>
    %3433 = stablehlo.transpose %3432, dims = [1, 0] : (tensor<2304x768xf16>) -> tensor<768x2304xf16>
    %3434 = stablehlo.dot_general %3428, %3202, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x768xf16>
    %3435 = stablehlo.convert %3431 : (tensor<2304xf16>) -> tensor<2304xf32>
    %3436 = stablehlo.convert %3433 : (tensor<768x2304xf16>) -> tensor<768x2304xf32>
    %3437 = stablehlo.convert %3434 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_674 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3438 = stablehlo.reduce(%3437 init: %cst_674) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %3439 = stablehlo.reshape %3438 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3440 = stablehlo.reshape %3439 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %3441 = stablehlo.multiply %3186, %3437 : tensor<1024x1024x768xf32>
    %3442 = stablehlo.multiply %3437, %3196 : tensor<1024x1024x768xf32>
    %3443 = stablehlo.broadcast_in_dim %3189, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3444 = stablehlo.multiply %3443, %3441 : tensor<1024x1024x768xf32>
    %cst_675 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3445 = stablehlo.reduce(%3444 init: %cst_675) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %3446 = stablehlo.reshape %3445 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3447 = stablehlo.broadcast_in_dim %3193, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3448 = stablehlo.multiply %3441, %3447 : tensor<1024x1024x768xf32>
    %cst_676 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3449 = stablehlo.reduce(%3448 init: %cst_676) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3450 = stablehlo.reshape %3449 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3451 = stablehlo.reshape %3446 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %3452 = stablehlo.multiply %3450, %3192 : tensor<1024x1024x1xf32>
    %3453 = stablehlo.negate %3442 : tensor<1024x1024x768xf32>
    %cst_677 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3454 = stablehlo.reduce(%3453 init: %cst_677) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3455 = stablehlo.reshape %3454 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3456 = stablehlo.convert %3442 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3457 = stablehlo.add %3385, %3456 : tensor<1024x1024x768xf16>
    %cst_678 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3458 = stablehlo.reduce(%3452 init: %cst_678) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_679 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3459 = stablehlo.reduce(%3455 init: %cst_679) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3460 = stablehlo.multiply %3458, %3181 : tensor<1024x1024xf32>
    %3461 = stablehlo.negate %3460 : tensor<1024x1024xf32>
    %3462 = stablehlo.multiply %3461, %3168 : tensor<1024x1024xf32>
    %3463 = stablehlo.add %3459, %3462 : tensor<1024x1024xf32>
    %cst_680 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3464 = stablehlo.broadcast_in_dim %cst_680, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3465 = stablehlo.divide %3460, %3464 : tensor<1024x1024xf32>
    %3466 = stablehlo.broadcast_in_dim %3465, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_681 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3467 = stablehlo.broadcast_in_dim %cst_681, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3468 = stablehlo.divide %3463, %3467 : tensor<1024x1024xf32>
    %3469 = stablehlo.broadcast_in_dim %3468, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %3470 = stablehlo.multiply %3466, %3159 : tensor<1024x1024x768xf32>
    %3471 = stablehlo.add %3469, %3470 : tensor<1024x1024x768xf32>
    %3472 = stablehlo.convert %3471 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3473 = stablehlo.add %3457, %3472 : tensor<1024x1024x768xf16>
    %3474:13 = stablehlo.optimization_barrier %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31, %arg32, %arg33, %354, %3473 : tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>
    %3475 = stablehlo.convert %3474#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %3476 = chlo.square %3475 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_682 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3477 = stablehlo.broadcast_in_dim %cst_682, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %3478 = stablehlo.multiply %3477, %3475 : tensor<1024x1024x768xf32>
    %cst_683 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3479 = stablehlo.reduce(%3475 init: %cst_683) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_684 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3480 = stablehlo.broadcast_in_dim %cst_684, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3481 = stablehlo.divide %3479, %3480 : tensor<1024x1024xf32>
    %cst_685 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3482 = stablehlo.reduce(%3476 init: %cst_685) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_686 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3483 = stablehlo.broadcast_in_dim %cst_686, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3484 = stablehlo.divide %3482, %3483 : tensor<1024x1024xf32>
    %3485 = chlo.square %3481 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_687 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3486 = stablehlo.broadcast_in_dim %cst_687, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3487 = stablehlo.multiply %3486, %3481 : tensor<1024x1024xf32>
    %3488 = stablehlo.subtract %3484, %3485 : tensor<1024x1024xf32>
    %cst_688 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3489 = stablehlo.broadcast_in_dim %cst_688, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3490 = stablehlo.maximum %3489, %3488 : tensor<1024x1024xf32>
    %3491 = stablehlo.compare EQ, %3488, %3490, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_689 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %3492 = stablehlo.broadcast_in_dim %cst_689, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_690 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3493 = stablehlo.broadcast_in_dim %cst_690, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3494 = stablehlo.select %3491, %3492, %3493 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_691 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3495 = stablehlo.broadcast_in_dim %cst_691, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3496 = stablehlo.compare EQ, %3495, %3490, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_692 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3497 = stablehlo.broadcast_in_dim %cst_692, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_693 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %3498 = stablehlo.broadcast_in_dim %cst_693, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3499 = stablehlo.select %3496, %3497, %3498 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %3500 = stablehlo.divide %3494, %3499 : tensor<1024x1024xf32>
    %3501 = stablehlo.broadcast_in_dim %3481, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3502 = stablehlo.broadcast_in_dim %3490, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3503 = stablehlo.convert %3474#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %3504 = stablehlo.broadcast_in_dim %3501, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3505 = stablehlo.subtract %3503, %3504 : tensor<1024x1024x768xf32>
    %cst_694 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %3506 = stablehlo.broadcast_in_dim %cst_694, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %3507 = stablehlo.add %3502, %3506 : tensor<1024x1024x1xf32>
    %3508 = stablehlo.rsqrt %3507 : tensor<1024x1024x1xf32>
    %3509 = stablehlo.divide %3508, %3507 : tensor<1024x1024x1xf32>
    %cst_695 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %3510 = stablehlo.broadcast_in_dim %cst_695, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %3511 = stablehlo.multiply %3510, %3509 : tensor<1024x1024x1xf32>
    %3512 = stablehlo.reshape %3474#5 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3513 = stablehlo.broadcast_in_dim %3508, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3514 = stablehlo.broadcast_in_dim %3512, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3515 = stablehlo.multiply %3513, %3514 : tensor<1024x1024x768xf32>
    %3516 = stablehlo.multiply %3505, %3515 : tensor<1024x1024x768xf32>
    %3517 = stablehlo.reshape %3474#4 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3518 = stablehlo.broadcast_in_dim %3517, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3519 = stablehlo.add %3516, %3518 : tensor<1024x1024x768xf32>
    %3520 = stablehlo.convert %3519 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3521 = stablehlo.convert %3474#1 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %3522 = stablehlo.convert %3474#0 : (tensor<2304xf32>) -> tensor<2304xf16>
    %3523 = stablehlo.dot_general %3520, %3521, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %3524 = stablehlo.reshape %3522 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %3525 = stablehlo.broadcast_in_dim %3524, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %3526 = stablehlo.add %3523, %3525 : tensor<1024x1024x2304xf16>
    %3527 = stablehlo.reshape %3526 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %3528 = stablehlo.slice %3527 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %3529 = stablehlo.reshape %3528 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %3530 = stablehlo.slice %3527 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %3531 = stablehlo.reshape %3530 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %3532 = stablehlo.slice %3527 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %3533 = stablehlo.reshape %3532 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %3534 = stablehlo.dot_general %3529, %3531, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_696 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %3535 = stablehlo.broadcast_in_dim %cst_696, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %3536 = stablehlo.multiply %3534, %3535 : tensor<1024x16x1024x1024xf16>
    %c_697 = stablehlo.constant dense<true> : tensor<i1>
    %3537 = stablehlo.broadcast_in_dim %c_697, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %3538 = call @tril_11(%3537) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %3539 = stablehlo.broadcast_in_dim %3538, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_698 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %3540:3 = call @_where_12(%3539, %3536, %cst_698) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> (tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>)
    %cst_699 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %3541 = stablehlo.reduce(%3540#0 init: %cst_699) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_700 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %3542 = stablehlo.broadcast_in_dim %cst_700, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %3543 = stablehlo.maximum %3542, %3541 : tensor<1024x16x1024xf16>
    %3544 = stablehlo.broadcast_in_dim %3543, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %3545 = stablehlo.broadcast_in_dim %3544, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %3546 = stablehlo.subtract %3540#0, %3545 : tensor<1024x16x1024x1024xf16>
    %3547 = stablehlo.exponential %3546 : tensor<1024x16x1024x1024xf16>
    %3548 = stablehlo.convert %3547 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_701 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3549 = stablehlo.reduce(%3548 init: %cst_701) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %3550 = stablehlo.broadcast_in_dim %3549, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %3551 = stablehlo.convert %3550 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %3552 = stablehlo.broadcast_in_dim %3551, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %3553 = stablehlo.divide %3547, %3552 : tensor<1024x16x1024x1024xf16>
    %3554 = stablehlo.multiply %3551, %3551 : tensor<1024x16x1024x1xf16>
    %cst_702 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %3555 = stablehlo.broadcast_in_dim %cst_702, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1xf16>
    %3556 = stablehlo.divide %3555, %3554 : tensor<1024x16x1024x1xf16>
    %3557 = stablehlo.dot_general %3533, %3553, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %3558 = stablehlo.transpose %3557, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %3559 = stablehlo.reshape %3558 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %3560 = stablehlo.convert %3474#3 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %3561 = stablehlo.convert %3474#2 : (tensor<768xf32>) -> tensor<768xf16>
    %3562 = stablehlo.dot_general %3559, %3560, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %3563 = stablehlo.reshape %3561 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %3564 = stablehlo.broadcast_in_dim %3563, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %3565 = stablehlo.add %3562, %3564 : tensor<1024x1024x768xf16>
    %3566 = stablehlo.add %3474#11, %3565 : tensor<1024x1024x768xf16>
    %3567 = stablehlo.convert %3566 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %3568 = chlo.square %3567 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_703 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3569 = stablehlo.broadcast_in_dim %cst_703, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %3570 = stablehlo.multiply %3569, %3567 : tensor<1024x1024x768xf32>
    %cst_704 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3571 = stablehlo.reduce(%3567 init: %cst_704) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_705 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3572 = stablehlo.broadcast_in_dim %cst_705, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3573 = stablehlo.divide %3571, %3572 : tensor<1024x1024xf32>
    %cst_706 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3574 = stablehlo.reduce(%3568 init: %cst_706) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_707 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3575 = stablehlo.broadcast_in_dim %cst_707, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3576 = stablehlo.divide %3574, %3575 : tensor<1024x1024xf32>
    %3577 = chlo.square %3573 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_708 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3578 = stablehlo.broadcast_in_dim %cst_708, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3579 = stablehlo.multiply %3578, %3573 : tensor<1024x1024xf32>
    %3580 = stablehlo.subtract %3576, %3577 : tensor<1024x1024xf32>
    %cst_709 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3581 = stablehlo.broadcast_in_dim %cst_709, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3582 = stablehlo.maximum %3581, %3580 : tensor<1024x1024xf32>
    %3583 = stablehlo.compare EQ, %3580, %3582, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_710 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %3584 = stablehlo.broadcast_in_dim %cst_710, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_711 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3585 = stablehlo.broadcast_in_dim %cst_711, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3586 = stablehlo.select %3583, %3584, %3585 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_712 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3587 = stablehlo.broadcast_in_dim %cst_712, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3588 = stablehlo.compare EQ, %3587, %3582, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_713 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3589 = stablehlo.broadcast_in_dim %cst_713, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_714 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %3590 = stablehlo.broadcast_in_dim %cst_714, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3591 = stablehlo.select %3588, %3589, %3590 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %3592 = stablehlo.divide %3586, %3591 : tensor<1024x1024xf32>
    %3593 = stablehlo.broadcast_in_dim %3573, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3594 = stablehlo.broadcast_in_dim %3582, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3595 = stablehlo.convert %3566 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %3596 = stablehlo.broadcast_in_dim %3593, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3597 = stablehlo.subtract %3595, %3596 : tensor<1024x1024x768xf32>
    %cst_715 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %3598 = stablehlo.broadcast_in_dim %cst_715, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %3599 = stablehlo.add %3594, %3598 : tensor<1024x1024x1xf32>
    %3600 = stablehlo.rsqrt %3599 : tensor<1024x1024x1xf32>
    %3601 = stablehlo.divide %3600, %3599 : tensor<1024x1024x1xf32>
    %cst_716 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %3602 = stablehlo.broadcast_in_dim %cst_716, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %3603 = stablehlo.multiply %3602, %3601 : tensor<1024x1024x1xf32>
    %3604 = stablehlo.reshape %3474#7 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3605 = stablehlo.broadcast_in_dim %3600, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3606 = stablehlo.broadcast_in_dim %3604, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3607 = stablehlo.multiply %3605, %3606 : tensor<1024x1024x768xf32>
    %3608 = stablehlo.multiply %3597, %3607 : tensor<1024x1024x768xf32>
    %3609 = stablehlo.reshape %3474#6 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3610 = stablehlo.broadcast_in_dim %3609, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3611 = stablehlo.add %3608, %3610 : tensor<1024x1024x768xf32>
    %3612 = stablehlo.convert %3611 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3613 = stablehlo.convert %3474#8 : (tensor<768x16xf32>) -> tensor<768x16xf16>
    %3614 = stablehlo.convert %3474#9 : (tensor<16x768x6144xf32>) -> tensor<16x768x6144xf16>
    %3615 = stablehlo.convert %3474#10 : (tensor<16x6144x768xf32>) -> tensor<16x6144x768xf16>
    %3616 = stablehlo.reshape %3612 : (tensor<1024x1024x768xf16>) -> tensor<512x2048x768xf16>
    %3617 = stablehlo.dot_general %3616, %3613, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<768x16xf16>) -> tensor<512x2048x16xf16>
    %cst_717 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %3618 = stablehlo.reduce(%3617 init: %cst_717) applies stablehlo.maximum across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %cst_718 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %3619 = stablehlo.broadcast_in_dim %cst_718, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %3620 = stablehlo.maximum %3619, %3618 : tensor<512x2048xf16>
    %3621 = stablehlo.broadcast_in_dim %3620, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %3622 = stablehlo.broadcast_in_dim %3621, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %3623 = stablehlo.subtract %3617, %3622 : tensor<512x2048x16xf16>
    %3624 = stablehlo.exponential %3623 : tensor<512x2048x16xf16>
    %3625 = stablehlo.convert %3624 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_719 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3626 = stablehlo.reduce(%3625 init: %cst_719) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %3627 = stablehlo.broadcast_in_dim %3626, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x1xf32>
    %3628 = stablehlo.convert %3627 : (tensor<512x2048x1xf32>) -> tensor<512x2048x1xf16>
    %3629 = stablehlo.broadcast_in_dim %3628, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %3630 = stablehlo.divide %3624, %3629 : tensor<512x2048x16xf16>
    %3631 = stablehlo.multiply %3628, %3628 : tensor<512x2048x1xf16>
    %cst_720 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %3632 = stablehlo.broadcast_in_dim %cst_720, dims = [] : (tensor<f16>) -> tensor<512x2048x1xf16>
    %3633 = stablehlo.divide %3632, %3631 : tensor<512x2048x1xf16>
    %3634 = call @argmax(%3630) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %3635 = call @_one_hot_14(%3634) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %3636 = stablehlo.convert %3635 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %3637 = stablehlo.multiply %3630, %3636 : tensor<512x2048x16xf16>
    %3638 = stablehlo.convert %3637 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_721 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3639 = stablehlo.reduce(%3638 init: %cst_721) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %3640 = stablehlo.convert %3639 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %c_722 = stablehlo.constant dense<1> : tensor<i32>
    %3641 = stablehlo.broadcast_in_dim %c_722, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %3642 = stablehlo.subtract %3641, %3635 : tensor<512x2048x16xi32>
    %3643 = stablehlo.convert %3642 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %3644 = stablehlo.multiply %3630, %3643 : tensor<512x2048x16xf16>
    %3645 = call @argmax(%3644) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %3646 = call @_one_hot_14(%3645) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %3647 = stablehlo.convert %3646 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %3648 = stablehlo.multiply %3644, %3647 : tensor<512x2048x16xf16>
    %3649 = stablehlo.convert %3648 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_723 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3650 = stablehlo.reduce(%3649 init: %cst_723) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %3651 = stablehlo.convert %3650 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %3652 = call @cumsum_15(%3635) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %3653 = stablehlo.subtract %3652, %3635 : tensor<512x2048x16xi32>
    %c_724 = stablehlo.constant dense<256> : tensor<i32>
    %3654 = stablehlo.broadcast_in_dim %c_724, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %3655 = stablehlo.compare LT, %3653, %3654, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %3656 = stablehlo.convert %3655 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %3657 = stablehlo.multiply %3635, %3656 : tensor<512x2048x16xi32>
    %3658 = stablehlo.multiply %3653, %3657 : tensor<512x2048x16xi32>
    %c_725 = stablehlo.constant dense<0> : tensor<i32>
    %3659 = stablehlo.reduce(%3658 init: %c_725) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_726 = stablehlo.constant dense<0> : tensor<i32>
    %3660 = stablehlo.reduce(%3657 init: %c_726) applies stablehlo.add across dimensions = [1] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x16xi32>
    %c_727 = stablehlo.constant dense<0> : tensor<i32>
    %3661 = stablehlo.reduce(%3657 init: %c_727) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %3662 = call @cumsum_15(%3646) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %3663 = stablehlo.subtract %3662, %3646 : tensor<512x2048x16xi32>
    %3664 = stablehlo.broadcast_in_dim %3660, dims = [0, 2] : (tensor<512x16xi32>) -> tensor<512x1x16xi32>
    %3665 = stablehlo.broadcast_in_dim %3664, dims = [0, 1, 2] : (tensor<512x1x16xi32>) -> tensor<512x2048x16xi32>
    %3666 = stablehlo.add %3663, %3665 : tensor<512x2048x16xi32>
    %c_728 = stablehlo.constant dense<256> : tensor<i32>
    %3667 = stablehlo.broadcast_in_dim %c_728, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %3668 = stablehlo.compare LT, %3666, %3667, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %3669 = stablehlo.convert %3668 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %3670 = stablehlo.multiply %3646, %3669 : tensor<512x2048x16xi32>
    %3671 = stablehlo.multiply %3666, %3670 : tensor<512x2048x16xi32>
    %c_729 = stablehlo.constant dense<0> : tensor<i32>
    %3672 = stablehlo.reduce(%3671 init: %c_729) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_730 = stablehlo.constant dense<0> : tensor<i32>
    %3673 = stablehlo.reduce(%3670 init: %c_730) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %3674 = stablehlo.convert %3661 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %3675 = stablehlo.multiply %3640, %3674 : tensor<512x2048xf16>
    %3676 = stablehlo.convert %3673 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %3677 = stablehlo.multiply %3651, %3676 : tensor<512x2048xf16>
    %3678 = stablehlo.add %3675, %3677 : tensor<512x2048xf16>
    %cst_731 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3679 = stablehlo.broadcast_in_dim %cst_731, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %3680 = stablehlo.compare GT, %3678, %3679, FLOAT : (tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xi1>
    %cst_732 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %3681 = stablehlo.broadcast_in_dim %cst_732, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %3682:2 = call @_where_16(%3680, %3678, %3681) : (tensor<512x2048xi1>, tensor<512x2048xf16>, tensor<512x2048xf16>) -> (tensor<512x2048xf16>, tensor<512x2048xf16>)
    %3683 = stablehlo.divide %3675, %3682#0 : tensor<512x2048xf16>
    %3684 = stablehlo.multiply %3682#0, %3682#0 : tensor<512x2048xf16>
    %cst_733 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %3685 = stablehlo.broadcast_in_dim %cst_733, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %3686 = stablehlo.divide %3685, %3684 : tensor<512x2048xf16>
    %3687 = stablehlo.divide %3677, %3682#0 : tensor<512x2048xf16>
    %3688 = stablehlo.multiply %3682#0, %3682#0 : tensor<512x2048xf16>
    %cst_734 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %3689 = stablehlo.broadcast_in_dim %cst_734, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %3690 = stablehlo.divide %3689, %3688 : tensor<512x2048xf16>
    %3691 = stablehlo.convert %3661 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %3692 = stablehlo.multiply %3683, %3691 : tensor<512x2048xf16>
    %3693 = stablehlo.broadcast_in_dim %3692, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %3694 = call @_one_hot_17(%3634) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %3695 = stablehlo.broadcast_in_dim %3693, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %3696 = stablehlo.multiply %3695, %3694 : tensor<512x2048x16xf16>
    %3697 = call @_one_hot_18(%3659) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %3698 = stablehlo.broadcast_in_dim %3696, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %3699 = stablehlo.broadcast_in_dim %3697, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %3700 = stablehlo.broadcast_in_dim %3698, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %3701 = stablehlo.broadcast_in_dim %3699, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %3702 = stablehlo.multiply %3700, %3701 : tensor<512x2048x16x256xf16>
    %3703 = stablehlo.convert %3673 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %3704 = stablehlo.multiply %3687, %3703 : tensor<512x2048xf16>
    %3705 = stablehlo.broadcast_in_dim %3704, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %3706 = call @_one_hot_17(%3645) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %3707 = stablehlo.broadcast_in_dim %3705, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %3708 = stablehlo.multiply %3707, %3706 : tensor<512x2048x16xf16>
    %3709 = call @_one_hot_18(%3672) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %3710 = stablehlo.broadcast_in_dim %3708, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %3711 = stablehlo.broadcast_in_dim %3709, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %3712 = stablehlo.broadcast_in_dim %3710, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %3713 = stablehlo.broadcast_in_dim %3711, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %3714 = stablehlo.multiply %3712, %3713 : tensor<512x2048x16x256xf16>
    %3715 = stablehlo.add %3702, %3714 : tensor<512x2048x16x256xf16>
    %cst_735 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3716 = stablehlo.broadcast_in_dim %cst_735, dims = [] : (tensor<f16>) -> tensor<512x2048x16x256xf16>
    %3717 = stablehlo.compare NE, %3715, %3716, FLOAT : (tensor<512x2048x16x256xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x2048x16x256xi1>
    %3718 = stablehlo.convert %3717 : tensor<512x2048x16x256xi1>
    %3719 = stablehlo.convert %3718 : (tensor<512x2048x16x256xi1>) -> tensor<512x2048x16x256xf16>
    %3720 = stablehlo.dot_general %3616, %3719, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x16x256xf16>
    %3721 = stablehlo.transpose %3720, dims = [2, 0, 3, 1] : (tensor<512x768x16x256xf16>) -> tensor<16x512x256x768xf16>
    %3722 = stablehlo.dot_general %3721, %3614, batching_dims = [0] x [0], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x768xf16>, tensor<16x768x6144xf16>) -> tensor<16x512x256x6144xf16>
    %3723 = stablehlo.multiply %3722, %3722 : tensor<16x512x256x6144xf16>
    %3724 = stablehlo.multiply %3723, %3722 : tensor<16x512x256x6144xf16>
    %3725 = stablehlo.multiply %3722, %3722 : tensor<16x512x256x6144xf16>
    %cst_736 = stablehlo.constant dense<3.000000e+00> : tensor<f16>
    %3726 = stablehlo.broadcast_in_dim %cst_736, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %3727 = stablehlo.multiply %3726, %3725 : tensor<16x512x256x6144xf16>
    %cst_737 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %3728 = stablehlo.broadcast_in_dim %cst_737, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %3729 = stablehlo.multiply %3728, %3724 : tensor<16x512x256x6144xf16>
    %3730 = stablehlo.add %3722, %3729 : tensor<16x512x256x6144xf16>
    %cst_738 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %3731 = stablehlo.broadcast_in_dim %cst_738, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %3732 = stablehlo.multiply %3731, %3730 : tensor<16x512x256x6144xf16>
    %3733 = stablehlo.tanh %3732 : tensor<16x512x256x6144xf16>
    %cst_739 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %3734 = stablehlo.broadcast_in_dim %cst_739, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %3735 = stablehlo.subtract %3734, %3733 : tensor<16x512x256x6144xf16>
    %cst_740 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %3736 = stablehlo.broadcast_in_dim %cst_740, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %3737 = stablehlo.add %3736, %3733 : tensor<16x512x256x6144xf16>
    %cst_741 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %3738 = stablehlo.broadcast_in_dim %cst_741, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %3739 = stablehlo.multiply %3738, %3737 : tensor<16x512x256x6144xf16>
    %3740 = stablehlo.multiply %3722, %3739 : tensor<16x512x256x6144xf16>
    %3741 = stablehlo.dot_general %3615, %3740, batching_dims = [0] x [0], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<16x6144x768xf16>, tensor<16x512x256x6144xf16>) -> tensor<16x768x512x256xf16>
    %3742 = stablehlo.transpose %3741, dims = [2, 0, 3, 1] : (tensor<16x768x512x256xf16>) -> tensor<512x16x256x768xf16>
    %3743 = stablehlo.reshape %3474#12 : (tensor<1024x1024x768xf16>) -> tensor<512x2048x768xf16>
    %3744 = stablehlo.dot_general %3743, %3715, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x16x256xf16>
    %3745 = stablehlo.transpose %3744, dims = [0, 2, 3, 1] : (tensor<512x768x16x256xf16>) -> tensor<512x16x256x768xf16>
    %3746 = stablehlo.dot_general %3743, %3742, batching_dims = [0] x [0], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x16x256x768xf16>) -> tensor<512x2048x16x256xf16>
    %3747 = stablehlo.transpose %3745, dims = [1, 3, 0, 2] : (tensor<512x16x256x768xf16>) -> tensor<16x768x512x256xf16>
    %3748 = stablehlo.dot_general %3747, %3615, batching_dims = [0] x [0], contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<16x768x512x256xf16>, tensor<16x6144x768xf16>) -> tensor<16x512x256x6144xf16>
    %3749 = stablehlo.dot_general %3747, %3740, batching_dims = [0] x [0], contracting_dims = [2, 3] x [1, 2], precision = [HIGHEST, HIGHEST] : (tensor<16x768x512x256xf16>, tensor<16x512x256x6144xf16>) -> tensor<16x768x6144xf16>
    %3750 = stablehlo.transpose %3749, dims = [0, 2, 1] : (tensor<16x768x6144xf16>) -> tensor<16x6144x768xf16>
    %3751 = stablehlo.multiply %3722, %3748 : tensor<16x512x256x6144xf16>
    %3752 = stablehlo.multiply %3748, %3739 : tensor<16x512x256x6144xf16>
    %cst_742 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %3753 = stablehlo.broadcast_in_dim %cst_742, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %3754 = stablehlo.multiply %3753, %3751 : tensor<16x512x256x6144xf16>
    %3755 = stablehlo.multiply %3754, %3735 : tensor<16x512x256x6144xf16>
    %3756 = stablehlo.multiply %3755, %3733 : tensor<16x512x256x6144xf16>
    %3757 = stablehlo.add %3755, %3756 : tensor<16x512x256x6144xf16>
    %cst_743 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %3758 = stablehlo.broadcast_in_dim %cst_743, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %3759 = stablehlo.multiply %3758, %3757 : tensor<16x512x256x6144xf16>
    %3760 = stablehlo.add %3752, %3759 : tensor<16x512x256x6144xf16>
    %cst_744 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %3761 = stablehlo.broadcast_in_dim %cst_744, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %3762 = stablehlo.multiply %3761, %3759 : tensor<16x512x256x6144xf16>
    %3763 = stablehlo.multiply %3762, %3727 : tensor<16x512x256x6144xf16>
    %3764 = stablehlo.add %3760, %3763 : tensor<16x512x256x6144xf16>
    %3765 = stablehlo.dot_general %3764, %3721, batching_dims = [0] x [0], contracting_dims = [1, 2] x [1, 2], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x6144xf16>, tensor<16x512x256x768xf16>) -> tensor<16x6144x768xf16>
    %3766 = stablehlo.transpose %3765, dims = [0, 2, 1] : (tensor<16x6144x768xf16>) -> tensor<16x768x6144xf16>
    %3767 = stablehlo.dot_general %3764, %3614, batching_dims = [0] x [0], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x6144xf16>, tensor<16x768x6144xf16>) -> tensor<16x512x256x768xf16>
    %3768 = stablehlo.transpose %3767, dims = [1, 3, 0, 2] : (tensor<16x512x256x768xf16>) -> tensor<512x768x16x256xf16>
    %3769 = stablehlo.dot_general %3768, %3719, batching_dims = [0] x [0], contracting_dims = [2, 3] x [2, 3], precision = [HIGHEST, HIGHEST] : (tensor<512x768x16x256xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x2048xf16>
    %3770 = stablehlo.transpose %3769, dims = [0, 2, 1] : (tensor<512x768x2048xf16>) -> tensor<512x2048x768xf16>
    %3771 = stablehlo.broadcast_in_dim %3711, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %3772 = stablehlo.multiply %3746, %3771 : tensor<512x2048x16x256xf16>
    %cst_745 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3773 = stablehlo.reduce(%3772 init: %cst_745) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x256xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %3774 = stablehlo.reshape %3773 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %cst_746 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3775 = stablehlo.reduce(%3774 init: %cst_746) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x1xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %3776 = stablehlo.multiply %3775, %3706 : tensor<512x2048x16xf16>
    %cst_747 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3777 = stablehlo.reduce(%3776 init: %cst_747) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %3778 = stablehlo.reshape %3777 : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %cst_748 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3779 = stablehlo.reduce(%3778 init: %cst_748) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x1xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %3780 = stablehlo.multiply %3779, %3703 : tensor<512x2048xf16>
    %3781 = stablehlo.broadcast_in_dim %3699, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %3782 = stablehlo.multiply %3746, %3781 : tensor<512x2048x16x256xf16>
    %cst_749 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3783 = stablehlo.reduce(%3782 init: %cst_749) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x256xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %3784 = stablehlo.reshape %3783 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %cst_750 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3785 = stablehlo.reduce(%3784 init: %cst_750) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x1xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %3786 = stablehlo.multiply %3785, %3694 : tensor<512x2048x16xf16>
    %cst_751 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3787 = stablehlo.reduce(%3786 init: %cst_751) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %3788 = stablehlo.reshape %3787 : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %cst_752 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3789 = stablehlo.reduce(%3788 init: %cst_752) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x1xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %3790 = stablehlo.multiply %3789, %3691 : tensor<512x2048xf16>
    %3791 = stablehlo.multiply %3780, %3690 : tensor<512x2048xf16>
    %3792 = stablehlo.multiply %3791, %3677 : tensor<512x2048xf16>
    %3793 = stablehlo.negate %3792 : tensor<512x2048xf16>
    %3794 = stablehlo.divide %3780, %3682#0 : tensor<512x2048xf16>
    %3795 = stablehlo.multiply %3790, %3686 : tensor<512x2048xf16>
    %3796 = stablehlo.multiply %3795, %3675 : tensor<512x2048xf16>
    %3797 = stablehlo.negate %3796 : tensor<512x2048xf16>
    %3798 = stablehlo.add %3793, %3797 : tensor<512x2048xf16>
    %3799 = stablehlo.divide %3790, %3682#0 : tensor<512x2048xf16>
    %3800 = call @_where_19(%3680, %3682#1, %3798) : (tensor<512x2048xi1>, tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xf16>
    %3801 = stablehlo.add %3799, %3800 : tensor<512x2048xf16>
    %3802 = stablehlo.add %3794, %3800 : tensor<512x2048xf16>
    %3803 = stablehlo.multiply %3802, %3676 : tensor<512x2048xf16>
    %3804 = stablehlo.multiply %3801, %3674 : tensor<512x2048xf16>
    %3805 = stablehlo.convert %3803 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %3806 = stablehlo.broadcast_in_dim %3805, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x16xf32>
    %3807 = stablehlo.convert %3806 : (tensor<512x2048x16xf32>) -> tensor<512x2048x16xf16>
    %3808 = stablehlo.multiply %3807, %3647 : tensor<512x2048x16xf16>
    %3809 = stablehlo.multiply %3808, %3643 : tensor<512x2048x16xf16>
    %3810 = stablehlo.convert %3804 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %3811 = stablehlo.broadcast_in_dim %3810, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x16xf32>
    %3812 = stablehlo.convert %3811 : (tensor<512x2048x16xf32>) -> tensor<512x2048x16xf16>
    %3813 = stablehlo.multiply %3812, %3636 : tensor<512x2048x16xf16>
    %3814 = stablehlo.add %3809, %3813 : tensor<512x2048x16xf16>
    %3815 = stablehlo.broadcast_in_dim %3633, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %3816 = stablehlo.multiply %3814, %3815 : tensor<512x2048x16xf16>
    %3817 = stablehlo.multiply %3816, %3624 : tensor<512x2048x16xf16>
    %cst_753 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3818 = stablehlo.reduce(%3817 init: %cst_753) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %3819 = stablehlo.reshape %3818 : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %3820 = stablehlo.negate %3819 : tensor<512x2048x1xf16>
    %3821 = stablehlo.broadcast_in_dim %3628, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %3822 = stablehlo.divide %3814, %3821 : tensor<512x2048x16xf16>
    %3823 = stablehlo.convert %3820 : (tensor<512x2048x1xf16>) -> tensor<512x2048x1xf32>
    %cst_754 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3824 = stablehlo.reduce(%3823 init: %cst_754) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x1xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %3825 = stablehlo.broadcast_in_dim %3824, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x16xf32>
    %3826 = stablehlo.convert %3825 : (tensor<512x2048x16xf32>) -> tensor<512x2048x16xf16>
    %3827 = stablehlo.add %3822, %3826 : tensor<512x2048x16xf16>
    %3828 = stablehlo.multiply %3827, %3624 : tensor<512x2048x16xf16>
    %3829 = stablehlo.dot_general %3828, %3616, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x16xf16>, tensor<512x2048x768xf16>) -> tensor<16x768xf16>
    %3830 = stablehlo.transpose %3829, dims = [1, 0] : (tensor<16x768xf16>) -> tensor<768x16xf16>
    %3831 = stablehlo.dot_general %3828, %3613, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x16xf16>, tensor<768x16xf16>) -> tensor<512x2048x768xf16>
    %3832 = stablehlo.add %3770, %3831 : tensor<512x2048x768xf16>
    %3833 = stablehlo.reshape %3832 : (tensor<512x2048x768xf16>) -> tensor<1024x1024x768xf16>
    %3834 = stablehlo.convert %3750 : (tensor<16x6144x768xf16>) -> tensor<16x6144x768xf32>
    %3835 = stablehlo.convert %3766 : (tensor<16x768x6144xf16>) -> tensor<16x768x6144xf32>
    %3836 = stablehlo.convert %3830 : (tensor<768x16xf16>) -> tensor<768x16xf32>
    %3837 = stablehlo.convert %3833 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_755 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3838 = stablehlo.reduce(%3837 init: %cst_755) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %3839 = stablehlo.reshape %3838 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3840 = stablehlo.reshape %3839 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %3841 = stablehlo.multiply %3597, %3837 : tensor<1024x1024x768xf32>
    %3842 = stablehlo.multiply %3837, %3607 : tensor<1024x1024x768xf32>
    %3843 = stablehlo.broadcast_in_dim %3600, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3844 = stablehlo.multiply %3843, %3841 : tensor<1024x1024x768xf32>
    %cst_756 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3845 = stablehlo.reduce(%3844 init: %cst_756) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %3846 = stablehlo.reshape %3845 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3847 = stablehlo.broadcast_in_dim %3604, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3848 = stablehlo.multiply %3841, %3847 : tensor<1024x1024x768xf32>
    %cst_757 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3849 = stablehlo.reduce(%3848 init: %cst_757) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3850 = stablehlo.reshape %3849 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3851 = stablehlo.reshape %3846 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %3852 = stablehlo.multiply %3850, %3603 : tensor<1024x1024x1xf32>
    %3853 = stablehlo.negate %3842 : tensor<1024x1024x768xf32>
    %cst_758 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3854 = stablehlo.reduce(%3853 init: %cst_758) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3855 = stablehlo.reshape %3854 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3856 = stablehlo.convert %3842 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3857 = stablehlo.add %3474#12, %3856 : tensor<1024x1024x768xf16>
    %cst_759 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3858 = stablehlo.reduce(%3852 init: %cst_759) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_760 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3859 = stablehlo.reduce(%3855 init: %cst_760) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3860 = stablehlo.multiply %3858, %3592 : tensor<1024x1024xf32>
    %3861 = stablehlo.negate %3860 : tensor<1024x1024xf32>
    %3862 = stablehlo.multiply %3861, %3579 : tensor<1024x1024xf32>
    %3863 = stablehlo.add %3859, %3862 : tensor<1024x1024xf32>
    %cst_761 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3864 = stablehlo.broadcast_in_dim %cst_761, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3865 = stablehlo.divide %3860, %3864 : tensor<1024x1024xf32>
    %3866 = stablehlo.broadcast_in_dim %3865, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_762 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3867 = stablehlo.broadcast_in_dim %cst_762, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3868 = stablehlo.divide %3863, %3867 : tensor<1024x1024xf32>
    %3869 = stablehlo.broadcast_in_dim %3868, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %3870 = stablehlo.multiply %3866, %3570 : tensor<1024x1024x768xf32>
    %3871 = stablehlo.add %3869, %3870 : tensor<1024x1024x768xf32>
    %3872 = stablehlo.convert %3871 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3873 = stablehlo.add %3857, %3872 : tensor<1024x1024x768xf16>
    %cst_763 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3874 = stablehlo.reduce(%3873 init: %cst_763) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf16>, tensor<f16>) -> tensor<768xf16>
    %3875 = stablehlo.reshape %3874 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %3876 = stablehlo.reshape %3875 : (tensor<1x1x768xf16>) -> tensor<768xf16>
    %3877 = stablehlo.dot_general %3873, %3559, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>) -> tensor<768x768xf16>
    %3878 = stablehlo.transpose %3877, dims = [1, 0] : (tensor<768x768xf16>) -> tensor<768x768xf16>
    %3879 = stablehlo.dot_general %3873, %3560, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %3880 = stablehlo.convert %3876 : (tensor<768xf16>) -> tensor<768xf32>
    %3881 = stablehlo.convert %3878 : (tensor<768x768xf16>) -> tensor<768x768xf32>
    %3882 = stablehlo.reshape %3879 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x16x48xf16>
    %3883 = stablehlo.transpose %3882, dims = [0, 2, 3, 1] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x16x48x1024xf16>
    %3884 = stablehlo.dot_general %3883, %3533, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %3885 = stablehlo.dot_general %3883, %3553, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %3886 = stablehlo.transpose %3885, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %3887 = stablehlo.broadcast_in_dim %3556, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %3888 = stablehlo.multiply %3884, %3887 : tensor<1024x16x1024x1024xf16>
    %3889 = stablehlo.multiply %3888, %3547 : tensor<1024x16x1024x1024xf16>
    %cst_764 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3890 = stablehlo.reduce(%3889 init: %cst_764) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %3891 = stablehlo.reshape %3890 : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %3892 = stablehlo.negate %3891 : tensor<1024x16x1024x1xf16>
    %3893 = stablehlo.broadcast_in_dim %3551, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %3894 = stablehlo.divide %3884, %3893 : tensor<1024x16x1024x1024xf16>
    %3895 = stablehlo.convert %3892 : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1xf32>
    %cst_765 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3896 = stablehlo.reduce(%3895 init: %cst_765) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %3897 = stablehlo.broadcast_in_dim %3896, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1024xf32>
    %3898 = stablehlo.convert %3897 : (tensor<1024x16x1024x1024xf32>) -> tensor<1024x16x1024x1024xf16>
    %3899 = stablehlo.add %3894, %3898 : tensor<1024x16x1024x1024xf16>
    %3900 = stablehlo.multiply %3899, %3547 : tensor<1024x16x1024x1024xf16>
    %3901 = call @_where_13(%3540#1, %3540#2, %3900) : (tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_766 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %3902 = stablehlo.broadcast_in_dim %cst_766, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %3903 = stablehlo.multiply %3901, %3902 : tensor<1024x16x1024x1024xf16>
    %3904 = stablehlo.dot_general %3903, %3529, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %3905 = stablehlo.transpose %3904, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %3906 = stablehlo.dot_general %3903, %3531, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %3907 = stablehlo.transpose %3906, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %3908 = stablehlo.broadcast_in_dim %3886, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_767 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3909 = stablehlo.pad %3908, %cst_767, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %3910 = stablehlo.broadcast_in_dim %3905, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_768 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3911 = stablehlo.pad %3910, %cst_768, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %3912 = stablehlo.add %3909, %3911 : tensor<1024x1024x16x3x48xf16>
    %3913 = stablehlo.broadcast_in_dim %3907, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_769 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3914 = stablehlo.pad %3913, %cst_769, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %3915 = stablehlo.add %3912, %3914 : tensor<1024x1024x16x3x48xf16>
    %3916 = stablehlo.reshape %3915 : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x2304xf16>
    %cst_770 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3917 = stablehlo.reduce(%3916 init: %cst_770) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x2304xf16>, tensor<f16>) -> tensor<2304xf16>
    %3918 = stablehlo.reshape %3917 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %3919 = stablehlo.reshape %3918 : (tensor<1x1x2304xf16>) -> tensor<2304xf16>
    %3920 = stablehlo.dot_general %3916, %3520, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<1024x1024x768xf16>) -> tensor<2304x768xf16>
    %3921 = stablehlo.transpose %3920, dims = [1, 0] : (tensor<2304x768xf16>) -> tensor<768x2304xf16>
    %3922 = stablehlo.dot_general %3916, %3521, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x768xf16>
    %3923 = stablehlo.convert %3919 : (tensor<2304xf16>) -> tensor<2304xf32>
    %3924 = stablehlo.convert %3921 : (tensor<768x2304xf16>) -> tensor<768x2304xf32>
    %3925 = stablehlo.convert %3922 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_771 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3926 = stablehlo.reduce(%3925 init: %cst_771) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %3927 = stablehlo.reshape %3926 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3928 = stablehlo.reshape %3927 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %3929 = stablehlo.multiply %3505, %3925 : tensor<1024x1024x768xf32>
    %3930 = stablehlo.multiply %3925, %3515 : tensor<1024x1024x768xf32>
    %3931 = stablehlo.broadcast_in_dim %3508, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3932 = stablehlo.multiply %3931, %3929 : tensor<1024x1024x768xf32>
    %cst_772 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3933 = stablehlo.reduce(%3932 init: %cst_772) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %3934 = stablehlo.reshape %3933 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3935 = stablehlo.broadcast_in_dim %3512, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %3936 = stablehlo.multiply %3929, %3935 : tensor<1024x1024x768xf32>
    %cst_773 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3937 = stablehlo.reduce(%3936 init: %cst_773) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3938 = stablehlo.reshape %3937 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3939 = stablehlo.reshape %3934 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %3940 = stablehlo.multiply %3938, %3511 : tensor<1024x1024x1xf32>
    %3941 = stablehlo.negate %3930 : tensor<1024x1024x768xf32>
    %cst_774 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3942 = stablehlo.reduce(%3941 init: %cst_774) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3943 = stablehlo.reshape %3942 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3944 = stablehlo.convert %3930 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3945 = stablehlo.add %3873, %3944 : tensor<1024x1024x768xf16>
    %cst_775 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3946 = stablehlo.reduce(%3940 init: %cst_775) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_776 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3947 = stablehlo.reduce(%3943 init: %cst_776) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3948 = stablehlo.multiply %3946, %3500 : tensor<1024x1024xf32>
    %3949 = stablehlo.negate %3948 : tensor<1024x1024xf32>
    %3950 = stablehlo.multiply %3949, %3487 : tensor<1024x1024xf32>
    %3951 = stablehlo.add %3947, %3950 : tensor<1024x1024xf32>
    %cst_777 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3952 = stablehlo.broadcast_in_dim %cst_777, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3953 = stablehlo.divide %3948, %3952 : tensor<1024x1024xf32>
    %3954 = stablehlo.broadcast_in_dim %3953, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_778 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3955 = stablehlo.broadcast_in_dim %cst_778, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3956 = stablehlo.divide %3951, %3955 : tensor<1024x1024xf32>
    %3957 = stablehlo.broadcast_in_dim %3956, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %3958 = stablehlo.multiply %3954, %3478 : tensor<1024x1024x768xf32>
    %3959 = stablehlo.add %3957, %3958 : tensor<1024x1024x768xf32>
    %3960 = stablehlo.convert %3959 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %3961 = stablehlo.add %3945, %3960 : tensor<1024x1024x768xf16>
    %3962:13 = stablehlo.optimization_barrier %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg18, %arg19, %arg20, %arg21, %arg22, %227, %3961 : tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>
    %3963 = stablehlo.convert %3962#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %3964 = chlo.square %3963 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_779 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3965 = stablehlo.broadcast_in_dim %cst_779, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %3966 = stablehlo.multiply %3965, %3963 : tensor<1024x1024x768xf32>
    %cst_780 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3967 = stablehlo.reduce(%3963 init: %cst_780) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_781 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3968 = stablehlo.broadcast_in_dim %cst_781, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3969 = stablehlo.divide %3967, %3968 : tensor<1024x1024xf32>
    %cst_782 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3970 = stablehlo.reduce(%3964 init: %cst_782) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_783 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %3971 = stablehlo.broadcast_in_dim %cst_783, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3972 = stablehlo.divide %3970, %3971 : tensor<1024x1024xf32>
    %3973 = chlo.square %3969 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_784 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3974 = stablehlo.broadcast_in_dim %cst_784, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3975 = stablehlo.multiply %3974, %3969 : tensor<1024x1024xf32>
    %3976 = stablehlo.subtract %3972, %3973 : tensor<1024x1024xf32>
    %cst_785 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3977 = stablehlo.broadcast_in_dim %cst_785, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3978 = stablehlo.maximum %3977, %3976 : tensor<1024x1024xf32>
    %3979 = stablehlo.compare EQ, %3976, %3978, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_786 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %3980 = stablehlo.broadcast_in_dim %cst_786, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_787 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3981 = stablehlo.broadcast_in_dim %cst_787, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3982 = stablehlo.select %3979, %3980, %3981 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_788 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3983 = stablehlo.broadcast_in_dim %cst_788, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3984 = stablehlo.compare EQ, %3983, %3978, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_789 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %3985 = stablehlo.broadcast_in_dim %cst_789, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_790 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %3986 = stablehlo.broadcast_in_dim %cst_790, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3987 = stablehlo.select %3984, %3985, %3986 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %3988 = stablehlo.divide %3982, %3987 : tensor<1024x1024xf32>
    %3989 = stablehlo.broadcast_in_dim %3969, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3990 = stablehlo.broadcast_in_dim %3978, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %3991 = stablehlo.convert %3962#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %3992 = stablehlo.broadcast_in_dim %3989, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %3993 = stablehlo.subtract %3991, %3992 : tensor<1024x1024x768xf32>
    %cst_791 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %3994 = stablehlo.broadcast_in_dim %cst_791, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %3995 = stablehlo.add %3990, %3994 : tensor<1024x1024x1xf32>
    %3996 = stablehlo.rsqrt %3995 : tensor<1024x1024x1xf32>
    %3997 = stablehlo.divide %3996, %3995 : tensor<1024x1024x1xf32>
    %cst_792 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %3998 = stablehlo.broadcast_in_dim %cst_792, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %3999 = stablehlo.multiply %3998, %3997 : tensor<1024x1024x1xf32>
    %4000 = stablehlo.reshape %3962#8 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4001 = stablehlo.broadcast_in_dim %3996, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %4002 = stablehlo.broadcast_in_dim %4000, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %4003 = stablehlo.multiply %4001, %4002 : tensor<1024x1024x768xf32>
    %4004 = stablehlo.multiply %3993, %4003 : tensor<1024x1024x768xf32>
    %4005 = stablehlo.reshape %3962#7 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4006 = stablehlo.broadcast_in_dim %4005, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %4007 = stablehlo.add %4004, %4006 : tensor<1024x1024x768xf32>
    %4008 = stablehlo.convert %4007 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %4009 = stablehlo.convert %3962#1 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %4010 = stablehlo.convert %3962#0 : (tensor<2304xf32>) -> tensor<2304xf16>
    %4011 = stablehlo.dot_general %4008, %4009, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %4012 = stablehlo.reshape %4010 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %4013 = stablehlo.broadcast_in_dim %4012, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %4014 = stablehlo.add %4011, %4013 : tensor<1024x1024x2304xf16>
    %4015 = stablehlo.reshape %4014 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %4016 = stablehlo.slice %4015 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %4017 = stablehlo.reshape %4016 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %4018 = stablehlo.slice %4015 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %4019 = stablehlo.reshape %4018 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %4020 = stablehlo.slice %4015 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %4021 = stablehlo.reshape %4020 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %4022 = stablehlo.dot_general %4017, %4019, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_793 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %4023 = stablehlo.broadcast_in_dim %cst_793, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %4024 = stablehlo.multiply %4022, %4023 : tensor<1024x16x1024x1024xf16>
    %c_794 = stablehlo.constant dense<true> : tensor<i1>
    %4025 = stablehlo.broadcast_in_dim %c_794, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %4026 = call @tril_11(%4025) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %4027 = stablehlo.broadcast_in_dim %4026, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_795 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %4028:3 = call @_where_12(%4027, %4024, %cst_795) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> (tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>)
    %cst_796 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %4029 = stablehlo.reduce(%4028#0 init: %cst_796) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_797 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %4030 = stablehlo.broadcast_in_dim %cst_797, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %4031 = stablehlo.maximum %4030, %4029 : tensor<1024x16x1024xf16>
    %4032 = stablehlo.broadcast_in_dim %4031, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %4033 = stablehlo.broadcast_in_dim %4032, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %4034 = stablehlo.subtract %4028#0, %4033 : tensor<1024x16x1024x1024xf16>
    %4035 = stablehlo.exponential %4034 : tensor<1024x16x1024x1024xf16>
    %4036 = stablehlo.convert %4035 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_798 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4037 = stablehlo.reduce(%4036 init: %cst_798) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %4038 = stablehlo.broadcast_in_dim %4037, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %4039 = stablehlo.convert %4038 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %4040 = stablehlo.broadcast_in_dim %4039, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %4041 = stablehlo.divide %4035, %4040 : tensor<1024x16x1024x1024xf16>
    %4042 = stablehlo.multiply %4039, %4039 : tensor<1024x16x1024x1xf16>
    %cst_799 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %4043 = stablehlo.broadcast_in_dim %cst_799, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1xf16>
    %4044 = stablehlo.divide %4043, %4042 : tensor<1024x16x1024x1xf16>
    %4045 = stablehlo.dot_general %4021, %4041, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %4046 = stablehlo.transpose %4045, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %4047 = stablehlo.reshape %4046 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %4048 = stablehlo.convert %3962#3 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %4049 = stablehlo.convert %3962#2 : (tensor<768xf32>) -> tensor<768xf16>
    %4050 = stablehlo.dot_general %4047, %4048, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %4051 = stablehlo.reshape %4049 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %4052 = stablehlo.broadcast_in_dim %4051, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %4053 = stablehlo.add %4050, %4052 : tensor<1024x1024x768xf16>
    %4054 = stablehlo.add %3962#11, %4053 : tensor<1024x1024x768xf16>
    %4055 = stablehlo.convert %4054 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %4056 = chlo.square %4055 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_800 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %4057 = stablehlo.broadcast_in_dim %cst_800, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %4058 = stablehlo.multiply %4057, %4055 : tensor<1024x1024x768xf32>
    %cst_801 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4059 = stablehlo.reduce(%4055 init: %cst_801) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_802 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4060 = stablehlo.broadcast_in_dim %cst_802, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4061 = stablehlo.divide %4059, %4060 : tensor<1024x1024xf32>
    %cst_803 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4062 = stablehlo.reduce(%4056 init: %cst_803) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_804 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4063 = stablehlo.broadcast_in_dim %cst_804, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4064 = stablehlo.divide %4062, %4063 : tensor<1024x1024xf32>
    %4065 = chlo.square %4061 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_805 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %4066 = stablehlo.broadcast_in_dim %cst_805, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4067 = stablehlo.multiply %4066, %4061 : tensor<1024x1024xf32>
    %4068 = stablehlo.subtract %4064, %4065 : tensor<1024x1024xf32>
    %cst_806 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4069 = stablehlo.broadcast_in_dim %cst_806, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4070 = stablehlo.maximum %4069, %4068 : tensor<1024x1024xf32>
    %4071 = stablehlo.compare EQ, %4068, %4070, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_807 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %4072 = stablehlo.broadcast_in_dim %cst_807, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_808 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4073 = stablehlo.broadcast_in_dim %cst_808, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4074 = stablehlo.select %4071, %4072, %4073 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_809 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4075 = stablehlo.broadcast_in_dim %cst_809, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4076 = stablehlo.compare EQ, %4075, %4070, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_810 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %4077 = stablehlo.broadcast_in_dim %cst_810, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_811 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %4078 = stablehlo.broadcast_in_dim %cst_811, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4079 = stablehlo.select %4076, %4077, %4078 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %4080 = stablehlo.divide %4074, %4079 : tensor<1024x1024xf32>
    %4081 = stablehlo.broadcast_in_dim %4061, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4082 = stablehlo.broadcast_in_dim %4070, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4083 = stablehlo.convert %4054 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %4084 = stablehlo.broadcast_in_dim %4081, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %4085 = stablehlo.subtract %4083, %4084 : tensor<1024x1024x768xf32>
    %cst_812 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %4086 = stablehlo.broadcast_in_dim %cst_812, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %4087 = stablehlo.add %4082, %4086 : tensor<1024x1024x1xf32>
    %4088 = stablehlo.rsqrt %4087 : tensor<1024x1024x1xf32>
    %4089 = stablehlo.divide %4088, %4087 : tensor<1024x1024x1xf32>
    %cst_813 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %4090 = stablehlo.broadcast_in_dim %cst_813, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %4091 = stablehlo.multiply %4090, %4089 : tensor<1024x1024x1xf32>
    %4092 = stablehlo.reshape %3962#10 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4093 = stablehlo.broadcast_in_dim %4088, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %4094 = stablehlo.broadcast_in_dim %4092, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %4095 = stablehlo.multiply %4093, %4094 : tensor<1024x1024x768xf32>
    %4096 = stablehlo.multiply %4085, %4095 : tensor<1024x1024x768xf32>
    %4097 = stablehlo.reshape %3962#9 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4098 = stablehlo.broadcast_in_dim %4097, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %4099 = stablehlo.add %4096, %4098 : tensor<1024x1024x768xf32>
    %4100 = stablehlo.convert %4099 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %4101 = stablehlo.convert %3962#5 : (tensor<768x6144xf32>) -> tensor<768x6144xf16>
    %4102 = stablehlo.convert %3962#4 : (tensor<6144xf32>) -> tensor<6144xf16>
    %4103 = stablehlo.dot_general %4100, %4101, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x6144xf16>) -> tensor<1024x1024x6144xf16>
    %4104 = stablehlo.reshape %4102 : (tensor<6144xf16>) -> tensor<1x1x6144xf16>
    %4105 = stablehlo.broadcast_in_dim %4104, dims = [0, 1, 2] : (tensor<1x1x6144xf16>) -> tensor<1024x1024x6144xf16>
    %4106 = stablehlo.add %4103, %4105 : tensor<1024x1024x6144xf16>
    %4107 = stablehlo.multiply %4106, %4106 : tensor<1024x1024x6144xf16>
    %4108 = stablehlo.multiply %4107, %4106 : tensor<1024x1024x6144xf16>
    %4109 = stablehlo.multiply %4106, %4106 : tensor<1024x1024x6144xf16>
    %cst_814 = stablehlo.constant dense<3.000000e+00> : tensor<f16>
    %4110 = stablehlo.broadcast_in_dim %cst_814, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %4111 = stablehlo.multiply %4110, %4109 : tensor<1024x1024x6144xf16>
    %cst_815 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %4112 = stablehlo.broadcast_in_dim %cst_815, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %4113 = stablehlo.multiply %4112, %4108 : tensor<1024x1024x6144xf16>
    %4114 = stablehlo.add %4106, %4113 : tensor<1024x1024x6144xf16>
    %cst_816 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %4115 = stablehlo.broadcast_in_dim %cst_816, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %4116 = stablehlo.multiply %4115, %4114 : tensor<1024x1024x6144xf16>
    %4117 = stablehlo.tanh %4116 : tensor<1024x1024x6144xf16>
    %cst_817 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %4118 = stablehlo.broadcast_in_dim %cst_817, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %4119 = stablehlo.subtract %4118, %4117 : tensor<1024x1024x6144xf16>
    %cst_818 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %4120 = stablehlo.broadcast_in_dim %cst_818, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %4121 = stablehlo.add %4120, %4117 : tensor<1024x1024x6144xf16>
    %cst_819 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %4122 = stablehlo.broadcast_in_dim %cst_819, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %4123 = stablehlo.multiply %4122, %4121 : tensor<1024x1024x6144xf16>
    %4124 = stablehlo.multiply %4106, %4123 : tensor<1024x1024x6144xf16>
    %4125 = stablehlo.convert %3962#6 : (tensor<6144x768xf32>) -> tensor<6144x768xf16>
    %cst_820 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4126 = stablehlo.reduce(%3962#12 init: %cst_820) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf16>, tensor<f16>) -> tensor<768xf16>
    %4127 = stablehlo.reshape %4126 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %4128 = stablehlo.reshape %4127 : (tensor<1x1x768xf16>) -> tensor<768xf16>
    %4129 = stablehlo.dot_general %3962#12, %4124, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<1024x1024x6144xf16>) -> tensor<768x6144xf16>
    %4130 = stablehlo.transpose %4129, dims = [1, 0] : (tensor<768x6144xf16>) -> tensor<6144x768xf16>
    %4131 = stablehlo.dot_general %3962#12, %4125, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<6144x768xf16>) -> tensor<1024x1024x6144xf16>
    %4132 = stablehlo.convert %4128 : (tensor<768xf16>) -> tensor<768xf32>
    %4133 = stablehlo.convert %4130 : (tensor<6144x768xf16>) -> tensor<6144x768xf32>
    %4134 = stablehlo.multiply %4106, %4131 : tensor<1024x1024x6144xf16>
    %4135 = stablehlo.multiply %4131, %4123 : tensor<1024x1024x6144xf16>
    %cst_821 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %4136 = stablehlo.broadcast_in_dim %cst_821, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %4137 = stablehlo.multiply %4136, %4134 : tensor<1024x1024x6144xf16>
    %4138 = stablehlo.multiply %4137, %4119 : tensor<1024x1024x6144xf16>
    %4139 = stablehlo.multiply %4138, %4117 : tensor<1024x1024x6144xf16>
    %4140 = stablehlo.add %4138, %4139 : tensor<1024x1024x6144xf16>
    %cst_822 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %4141 = stablehlo.broadcast_in_dim %cst_822, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %4142 = stablehlo.multiply %4141, %4140 : tensor<1024x1024x6144xf16>
    %4143 = stablehlo.add %4135, %4142 : tensor<1024x1024x6144xf16>
    %cst_823 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %4144 = stablehlo.broadcast_in_dim %cst_823, dims = [] : (tensor<f16>) -> tensor<1024x1024x6144xf16>
    %4145 = stablehlo.multiply %4144, %4142 : tensor<1024x1024x6144xf16>
    %4146 = stablehlo.multiply %4145, %4111 : tensor<1024x1024x6144xf16>
    %4147 = stablehlo.add %4143, %4146 : tensor<1024x1024x6144xf16>
    %cst_824 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4148 = stablehlo.reduce(%4147 init: %cst_824) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x6144xf16>, tensor<f16>) -> tensor<6144xf16>
    %4149 = stablehlo.reshape %4148 : (tensor<6144xf16>) -> tensor<1x1x6144xf16>
    %4150 = stablehlo.reshape %4149 : (tensor<1x1x6144xf16>) -> tensor<6144xf16>
    %4151 = stablehlo.dot_general %4147, %4100, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x6144xf16>, tensor<1024x1024x768xf16>) -> tensor<6144x768xf16>
    %4152 = stablehlo.transpose %4151, dims = [1, 0] : (tensor<6144x768xf16>) -> tensor<768x6144xf16>
    %4153 = stablehlo.dot_general %4147, %4101, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x6144xf16>, tensor<768x6144xf16>) -> tensor<1024x1024x768xf16>
    %4154 = stablehlo.convert %4150 : (tensor<6144xf16>) -> tensor<6144xf32>
    %4155 = stablehlo.convert %4152 : (tensor<768x6144xf16>) -> tensor<768x6144xf32>
    %4156 = stablehlo.convert %4153 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_825 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4157 = stablehlo.reduce(%4156 init: %cst_825) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %4158 = stablehlo.reshape %4157 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4159 = stablehlo.reshape %4158 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %4160 = stablehlo.multiply %4085, %4156 : tensor<1024x1024x768xf32>
    %4161 = stablehlo.multiply %4156, %4095 : tensor<1024x1024x768xf32>
    %4162 = stablehlo.broadcast_in_dim %4088, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %4163 = stablehlo.multiply %4162, %4160 : tensor<1024x1024x768xf32>
    %cst_826 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4164 = stablehlo.reduce(%4163 init: %cst_826) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %4165 = stablehlo.reshape %4164 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4166 = stablehlo.broadcast_in_dim %4092, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %4167 = stablehlo.multiply %4160, %4166 : tensor<1024x1024x768xf32>
    %cst_827 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4168 = stablehlo.reduce(%4167 init: %cst_827) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %4169 = stablehlo.reshape %4168 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4170 = stablehlo.reshape %4165 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %4171 = stablehlo.multiply %4169, %4091 : tensor<1024x1024x1xf32>
    %4172 = stablehlo.negate %4161 : tensor<1024x1024x768xf32>
    %cst_828 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4173 = stablehlo.reduce(%4172 init: %cst_828) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %4174 = stablehlo.reshape %4173 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4175 = stablehlo.convert %4161 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %4176 = stablehlo.add %3962#12, %4175 : tensor<1024x1024x768xf16>
    %cst_829 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4177 = stablehlo.reduce(%4171 init: %cst_829) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_830 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4178 = stablehlo.reduce(%4174 init: %cst_830) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %4179 = stablehlo.multiply %4177, %4080 : tensor<1024x1024xf32>
    %4180 = stablehlo.negate %4179 : tensor<1024x1024xf32>
    %4181 = stablehlo.multiply %4180, %4067 : tensor<1024x1024xf32>
    %4182 = stablehlo.add %4178, %4181 : tensor<1024x1024xf32>
    %cst_831 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4183 = stablehlo.broadcast_in_dim %cst_831, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4184 = stablehlo.divide %4179, %4183 : tensor<1024x1024xf32>
    %4185 = stablehlo.broadcast_in_dim %4184, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_832 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4186 = stablehlo.broadcast_in_dim %cst_832, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4187 = stablehlo.divide %4182, %4186 : tensor<1024x1024xf32>
    %4188 = stablehlo.broadcast_in_dim %4187, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %4189 = stablehlo.multiply %4185, %4058 : tensor<1024x1024x768xf32>
    %4190 = stablehlo.add %4188, %4189 : tensor<1024x1024x768xf32>
    %4191 = stablehlo.convert %4190 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %4192 = stablehlo.add %4176, %4191 : tensor<1024x1024x768xf16>
    %cst_833 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4193 = stablehlo.reduce(%4192 init: %cst_833) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf16>, tensor<f16>) -> tensor<768xf16>
    %4194 = stablehlo.reshape %4193 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %4195 = stablehlo.reshape %4194 : (tensor<1x1x768xf16>) -> tensor<768xf16>
    %4196 = stablehlo.dot_general %4192, %4047, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>) -> tensor<768x768xf16>
    %4197 = stablehlo.transpose %4196, dims = [1, 0] : (tensor<768x768xf16>) -> tensor<768x768xf16>
    %4198 = stablehlo.dot_general %4192, %4048, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %4199 = stablehlo.convert %4195 : (tensor<768xf16>) -> tensor<768xf32>
    %4200 = stablehlo.convert %4197 : (tensor<768x768xf16>) -> tensor<768x768xf32>
    %4201 = stablehlo.reshape %4198 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x16x48xf16>
    %4202 = stablehlo.transpose %4201, dims = [0, 2, 3, 1] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x16x48x1024xf16>
    %4203 = stablehlo.dot_general %4202, %4021, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %4204 = stablehlo.dot_general %4202, %4041, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %4205 = stablehlo.transpose %4204, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %4206 = stablehlo.broadcast_in_dim %4044, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %4207 = stablehlo.multiply %4203, %4206 : tensor<1024x16x1024x1024xf16>
    %4208 = stablehlo.multiply %4207, %4035 : tensor<1024x16x1024x1024xf16>
    %cst_834 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4209 = stablehlo.reduce(%4208 init: %cst_834) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %4210 = stablehlo.reshape %4209 : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %4211 = stablehlo.negate %4210 : tensor<1024x16x1024x1xf16>
    %4212 = stablehlo.broadcast_in_dim %4039, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %4213 = stablehlo.divide %4203, %4212 : tensor<1024x16x1024x1024xf16>
    %4214 = stablehlo.convert %4211 : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1xf32>
    %cst_835 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4215 = stablehlo.reduce(%4214 init: %cst_835) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %4216 = stablehlo.broadcast_in_dim %4215, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1024xf32>
    %4217 = stablehlo.convert %4216 : (tensor<1024x16x1024x1024xf32>) -> tensor<1024x16x1024x1024xf16>
    %4218 = stablehlo.add %4213, %4217 : tensor<1024x16x1024x1024xf16>
    %4219 = stablehlo.multiply %4218, %4035 : tensor<1024x16x1024x1024xf16>
    %4220 = call @_where_13(%4028#1, %4028#2, %4219) : (tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_836 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %4221 = stablehlo.broadcast_in_dim %cst_836, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %4222 = stablehlo.multiply %4220, %4221 : tensor<1024x16x1024x1024xf16>
    %4223 = stablehlo.dot_general %4222, %4017, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %4224 = stablehlo.transpose %4223, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %4225 = stablehlo.dot_general %4222, %4019, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %4226 = stablehlo.transpose %4225, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %4227 = stablehlo.broadcast_in_dim %4205, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_837 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4228 = stablehlo.pad %4227, %cst_837, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %4229 = stablehlo.broadcast_in_dim %4224, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_838 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4230 = stablehlo.pad %4229, %cst_838, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %4231 = stablehlo.add %4228, %4230 : tensor<1024x1024x16x3x48xf16>
    %4232 = stablehlo.broadcast_in_dim %4226, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_839 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4233 = stablehlo.pad %4232, %cst_839, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %4234 = stablehlo.add %4231, %4233 : tensor<1024x1024x16x3x48xf16>
    %4235 = stablehlo.reshape %4234 : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x2304xf16>
    %cst_840 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4236 = stablehlo.reduce(%4235 init: %cst_840) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x2304xf16>, tensor<f16>) -> tensor<2304xf16>
    %4237 = stablehlo.reshape %4236 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %4238 = stablehlo.reshape %4237 : (tensor<1x1x2304xf16>) -> tensor<2304xf16>
    %4239 = stablehlo.dot_general %4235, %4008, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<1024x1024x768xf16>) -> tensor<2304x768xf16>
    %4240 = stablehlo.transpose %4239, dims = [1, 0] : (tensor<2304x768xf16>) -> tensor<768x2304xf16>
    %4241 = stablehlo.dot_general %4235, %4009, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x768xf16>
    %4242 = stablehlo.convert %4238 : (tensor<2304xf16>) -> tensor<2304xf32>
    %4243 = stablehlo.convert %4240 : (tensor<768x2304xf16>) -> tensor<768x2304xf32>
    %4244 = stablehlo.convert %4241 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_841 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4245 = stablehlo.reduce(%4244 init: %cst_841) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %4246 = stablehlo.reshape %4245 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4247 = stablehlo.reshape %4246 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %4248 = stablehlo.multiply %3993, %4244 : tensor<1024x1024x768xf32>
    %4249 = stablehlo.multiply %4244, %4003 : tensor<1024x1024x768xf32>
    %4250 = stablehlo.broadcast_in_dim %3996, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %4251 = stablehlo.multiply %4250, %4248 : tensor<1024x1024x768xf32>
    %cst_842 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4252 = stablehlo.reduce(%4251 init: %cst_842) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %4253 = stablehlo.reshape %4252 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4254 = stablehlo.broadcast_in_dim %4000, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %4255 = stablehlo.multiply %4248, %4254 : tensor<1024x1024x768xf32>
    %cst_843 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4256 = stablehlo.reduce(%4255 init: %cst_843) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %4257 = stablehlo.reshape %4256 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4258 = stablehlo.reshape %4253 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %4259 = stablehlo.multiply %4257, %3999 : tensor<1024x1024x1xf32>
    %4260 = stablehlo.negate %4249 : tensor<1024x1024x768xf32>
    %cst_844 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4261 = stablehlo.reduce(%4260 init: %cst_844) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %4262 = stablehlo.reshape %4261 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4263 = stablehlo.convert %4249 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %4264 = stablehlo.add %4192, %4263 : tensor<1024x1024x768xf16>
    %cst_845 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4265 = stablehlo.reduce(%4259 init: %cst_845) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_846 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4266 = stablehlo.reduce(%4262 init: %cst_846) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %4267 = stablehlo.multiply %4265, %3988 : tensor<1024x1024xf32>
    %4268 = stablehlo.negate %4267 : tensor<1024x1024xf32>
    %4269 = stablehlo.multiply %4268, %3975 : tensor<1024x1024xf32>
    %4270 = stablehlo.add %4266, %4269 : tensor<1024x1024xf32>
    %cst_847 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4271 = stablehlo.broadcast_in_dim %cst_847, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4272 = stablehlo.divide %4267, %4271 : tensor<1024x1024xf32>
    %4273 = stablehlo.broadcast_in_dim %4272, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_848 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4274 = stablehlo.broadcast_in_dim %cst_848, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4275 = stablehlo.divide %4270, %4274 : tensor<1024x1024xf32>
    %4276 = stablehlo.broadcast_in_dim %4275, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %4277 = stablehlo.multiply %4273, %3966 : tensor<1024x1024x768xf32>
    %4278 = stablehlo.add %4276, %4277 : tensor<1024x1024x768xf32>
    %4279 = stablehlo.convert %4278 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %4280 = stablehlo.add %4264, %4279 : tensor<1024x1024x768xf16>
    %4281:13 = stablehlo.optimization_barrier %arg0, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %7, %4280 : tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>
    %4282 = stablehlo.convert %4281#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %4283 = chlo.square %4282 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_849 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %4284 = stablehlo.broadcast_in_dim %cst_849, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %4285 = stablehlo.multiply %4284, %4282 : tensor<1024x1024x768xf32>
    %cst_850 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4286 = stablehlo.reduce(%4282 init: %cst_850) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_851 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4287 = stablehlo.broadcast_in_dim %cst_851, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4288 = stablehlo.divide %4286, %4287 : tensor<1024x1024xf32>
    %cst_852 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4289 = stablehlo.reduce(%4283 init: %cst_852) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_853 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4290 = stablehlo.broadcast_in_dim %cst_853, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4291 = stablehlo.divide %4289, %4290 : tensor<1024x1024xf32>
    %4292 = chlo.square %4288 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_854 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %4293 = stablehlo.broadcast_in_dim %cst_854, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4294 = stablehlo.multiply %4293, %4288 : tensor<1024x1024xf32>
    %4295 = stablehlo.subtract %4291, %4292 : tensor<1024x1024xf32>
    %cst_855 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4296 = stablehlo.broadcast_in_dim %cst_855, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4297 = stablehlo.maximum %4296, %4295 : tensor<1024x1024xf32>
    %4298 = stablehlo.compare EQ, %4295, %4297, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_856 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %4299 = stablehlo.broadcast_in_dim %cst_856, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_857 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4300 = stablehlo.broadcast_in_dim %cst_857, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4301 = stablehlo.select %4298, %4299, %4300 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_858 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4302 = stablehlo.broadcast_in_dim %cst_858, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4303 = stablehlo.compare EQ, %4302, %4297, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_859 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %4304 = stablehlo.broadcast_in_dim %cst_859, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_860 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %4305 = stablehlo.broadcast_in_dim %cst_860, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4306 = stablehlo.select %4303, %4304, %4305 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %4307 = stablehlo.divide %4301, %4306 : tensor<1024x1024xf32>
    %4308 = stablehlo.broadcast_in_dim %4288, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4309 = stablehlo.broadcast_in_dim %4297, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4310 = stablehlo.convert %4281#11 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %4311 = stablehlo.broadcast_in_dim %4308, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %4312 = stablehlo.subtract %4310, %4311 : tensor<1024x1024x768xf32>
    %cst_861 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %4313 = stablehlo.broadcast_in_dim %cst_861, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %4314 = stablehlo.add %4309, %4313 : tensor<1024x1024x1xf32>
    %4315 = stablehlo.rsqrt %4314 : tensor<1024x1024x1xf32>
    %4316 = stablehlo.divide %4315, %4314 : tensor<1024x1024x1xf32>
    %cst_862 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %4317 = stablehlo.broadcast_in_dim %cst_862, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %4318 = stablehlo.multiply %4317, %4316 : tensor<1024x1024x1xf32>
    %4319 = stablehlo.reshape %4281#5 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4320 = stablehlo.broadcast_in_dim %4315, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %4321 = stablehlo.broadcast_in_dim %4319, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %4322 = stablehlo.multiply %4320, %4321 : tensor<1024x1024x768xf32>
    %4323 = stablehlo.multiply %4312, %4322 : tensor<1024x1024x768xf32>
    %4324 = stablehlo.reshape %4281#4 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4325 = stablehlo.broadcast_in_dim %4324, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %4326 = stablehlo.add %4323, %4325 : tensor<1024x1024x768xf32>
    %4327 = stablehlo.convert %4326 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %4328 = stablehlo.convert %4281#1 : (tensor<768x2304xf32>) -> tensor<768x2304xf16>
    %4329 = stablehlo.convert %4281#0 : (tensor<2304xf32>) -> tensor<2304xf16>
    %4330 = stablehlo.dot_general %4327, %4328, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x2304xf16>
    %4331 = stablehlo.reshape %4329 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %4332 = stablehlo.broadcast_in_dim %4331, dims = [0, 1, 2] : (tensor<1x1x2304xf16>) -> tensor<1024x1024x2304xf16>
    %4333 = stablehlo.add %4330, %4332 : tensor<1024x1024x2304xf16>
    %4334 = stablehlo.reshape %4333 : (tensor<1024x1024x2304xf16>) -> tensor<1024x1024x16x3x48xf16>
    %4335 = stablehlo.slice %4334 [0:1024, 0:1024, 0:16, 0:1, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %4336 = stablehlo.reshape %4335 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %4337 = stablehlo.slice %4334 [0:1024, 0:1024, 0:16, 1:2, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %4338 = stablehlo.reshape %4337 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %4339 = stablehlo.slice %4334 [0:1024, 0:1024, 0:16, 2:3, 0:48] : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %4340 = stablehlo.reshape %4339 : (tensor<1024x1024x16x1x48xf16>) -> tensor<1024x1024x16x48xf16>
    %4341 = stablehlo.dot_general %4336, %4338, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_863 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %4342 = stablehlo.broadcast_in_dim %cst_863, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %4343 = stablehlo.multiply %4341, %4342 : tensor<1024x16x1024x1024xf16>
    %c_864 = stablehlo.constant dense<true> : tensor<i1>
    %4344 = stablehlo.broadcast_in_dim %c_864, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %4345 = call @tril_11(%4344) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %4346 = stablehlo.broadcast_in_dim %4345, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_865 = stablehlo.constant dense<-6.550400e+04> : tensor<f16>
    %4347:3 = call @_where_12(%4346, %4343, %cst_865) : (tensor<1x1x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<f16>) -> (tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>)
    %cst_866 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %4348 = stablehlo.reduce(%4347#0 init: %cst_866) applies stablehlo.maximum across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %cst_867 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %4349 = stablehlo.broadcast_in_dim %cst_867, dims = [] : (tensor<f16>) -> tensor<1024x16x1024xf16>
    %4350 = stablehlo.maximum %4349, %4348 : tensor<1024x16x1024xf16>
    %4351 = stablehlo.broadcast_in_dim %4350, dims = [0, 1, 2] : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %4352 = stablehlo.broadcast_in_dim %4351, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %4353 = stablehlo.subtract %4347#0, %4352 : tensor<1024x16x1024x1024xf16>
    %4354 = stablehlo.exponential %4353 : tensor<1024x16x1024x1024xf16>
    %4355 = stablehlo.convert %4354 : (tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf32>
    %cst_868 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4356 = stablehlo.reduce(%4355 init: %cst_868) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %4357 = stablehlo.broadcast_in_dim %4356, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1xf32>
    %4358 = stablehlo.convert %4357 : (tensor<1024x16x1024x1xf32>) -> tensor<1024x16x1024x1xf16>
    %4359 = stablehlo.broadcast_in_dim %4358, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %4360 = stablehlo.divide %4354, %4359 : tensor<1024x16x1024x1024xf16>
    %4361 = stablehlo.multiply %4358, %4358 : tensor<1024x16x1024x1xf16>
    %cst_869 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %4362 = stablehlo.broadcast_in_dim %cst_869, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1xf16>
    %4363 = stablehlo.divide %4362, %4361 : tensor<1024x16x1024x1xf16>
    %4364 = stablehlo.dot_general %4340, %4360, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x16x48xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %4365 = stablehlo.transpose %4364, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %4366 = stablehlo.reshape %4365 : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x768xf16>
    %4367 = stablehlo.convert %4281#3 : (tensor<768x768xf32>) -> tensor<768x768xf16>
    %4368 = stablehlo.convert %4281#2 : (tensor<768xf32>) -> tensor<768xf16>
    %4369 = stablehlo.dot_general %4366, %4367, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %4370 = stablehlo.reshape %4368 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %4371 = stablehlo.broadcast_in_dim %4370, dims = [0, 1, 2] : (tensor<1x1x768xf16>) -> tensor<1024x1024x768xf16>
    %4372 = stablehlo.add %4369, %4371 : tensor<1024x1024x768xf16>
    %4373 = stablehlo.add %4281#11, %4372 : tensor<1024x1024x768xf16>
    %4374 = stablehlo.convert %4373 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %4375 = chlo.square %4374 : tensor<1024x1024x768xf32> -> tensor<1024x1024x768xf32>
    %cst_870 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %4376 = stablehlo.broadcast_in_dim %cst_870, dims = [] : (tensor<f32>) -> tensor<1024x1024x768xf32>
    %4377 = stablehlo.multiply %4376, %4374 : tensor<1024x1024x768xf32>
    %cst_871 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4378 = stablehlo.reduce(%4374 init: %cst_871) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_872 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4379 = stablehlo.broadcast_in_dim %cst_872, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4380 = stablehlo.divide %4378, %4379 : tensor<1024x1024xf32>
    %cst_873 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4381 = stablehlo.reduce(%4375 init: %cst_873) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_874 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4382 = stablehlo.broadcast_in_dim %cst_874, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4383 = stablehlo.divide %4381, %4382 : tensor<1024x1024xf32>
    %4384 = chlo.square %4380 : tensor<1024x1024xf32> -> tensor<1024x1024xf32>
    %cst_875 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %4385 = stablehlo.broadcast_in_dim %cst_875, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4386 = stablehlo.multiply %4385, %4380 : tensor<1024x1024xf32>
    %4387 = stablehlo.subtract %4383, %4384 : tensor<1024x1024xf32>
    %cst_876 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4388 = stablehlo.broadcast_in_dim %cst_876, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4389 = stablehlo.maximum %4388, %4387 : tensor<1024x1024xf32>
    %4390 = stablehlo.compare EQ, %4387, %4389, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_877 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %4391 = stablehlo.broadcast_in_dim %cst_877, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_878 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4392 = stablehlo.broadcast_in_dim %cst_878, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4393 = stablehlo.select %4390, %4391, %4392 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %cst_879 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4394 = stablehlo.broadcast_in_dim %cst_879, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4395 = stablehlo.compare EQ, %4394, %4389, FLOAT : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xi1>
    %cst_880 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %4396 = stablehlo.broadcast_in_dim %cst_880, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %cst_881 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %4397 = stablehlo.broadcast_in_dim %cst_881, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4398 = stablehlo.select %4395, %4396, %4397 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    %4399 = stablehlo.divide %4393, %4398 : tensor<1024x1024xf32>
    %4400 = stablehlo.broadcast_in_dim %4380, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4401 = stablehlo.broadcast_in_dim %4389, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4402 = stablehlo.convert %4373 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %4403 = stablehlo.broadcast_in_dim %4400, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %4404 = stablehlo.subtract %4402, %4403 : tensor<1024x1024x768xf32>
    %cst_882 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %4405 = stablehlo.broadcast_in_dim %cst_882, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %4406 = stablehlo.add %4401, %4405 : tensor<1024x1024x1xf32>
    %4407 = stablehlo.rsqrt %4406 : tensor<1024x1024x1xf32>
    %4408 = stablehlo.divide %4407, %4406 : tensor<1024x1024x1xf32>
    %cst_883 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %4409 = stablehlo.broadcast_in_dim %cst_883, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %4410 = stablehlo.multiply %4409, %4408 : tensor<1024x1024x1xf32>
    %4411 = stablehlo.reshape %4281#7 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4412 = stablehlo.broadcast_in_dim %4407, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %4413 = stablehlo.broadcast_in_dim %4411, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %4414 = stablehlo.multiply %4412, %4413 : tensor<1024x1024x768xf32>
    %4415 = stablehlo.multiply %4404, %4414 : tensor<1024x1024x768xf32>
    %4416 = stablehlo.reshape %4281#6 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4417 = stablehlo.broadcast_in_dim %4416, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %4418 = stablehlo.add %4415, %4417 : tensor<1024x1024x768xf32>
    %4419 = stablehlo.convert %4418 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %4420 = stablehlo.convert %4281#8 : (tensor<768x16xf32>) -> tensor<768x16xf16>
    %4421 = stablehlo.convert %4281#9 : (tensor<16x768x6144xf32>) -> tensor<16x768x6144xf16>
    %4422 = stablehlo.convert %4281#10 : (tensor<16x6144x768xf32>) -> tensor<16x6144x768xf16>
    %4423 = stablehlo.reshape %4419 : (tensor<1024x1024x768xf16>) -> tensor<512x2048x768xf16>
    %4424 = stablehlo.dot_general %4423, %4420, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<768x16xf16>) -> tensor<512x2048x16xf16>
    %cst_884 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %4425 = stablehlo.reduce(%4424 init: %cst_884) applies stablehlo.maximum across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %cst_885 = stablehlo.constant dense<0xFC00> : tensor<f16>
    %4426 = stablehlo.broadcast_in_dim %cst_885, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %4427 = stablehlo.maximum %4426, %4425 : tensor<512x2048xf16>
    %4428 = stablehlo.broadcast_in_dim %4427, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %4429 = stablehlo.broadcast_in_dim %4428, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %4430 = stablehlo.subtract %4424, %4429 : tensor<512x2048x16xf16>
    %4431 = stablehlo.exponential %4430 : tensor<512x2048x16xf16>
    %4432 = stablehlo.convert %4431 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_886 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4433 = stablehlo.reduce(%4432 init: %cst_886) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %4434 = stablehlo.broadcast_in_dim %4433, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x1xf32>
    %4435 = stablehlo.convert %4434 : (tensor<512x2048x1xf32>) -> tensor<512x2048x1xf16>
    %4436 = stablehlo.broadcast_in_dim %4435, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %4437 = stablehlo.divide %4431, %4436 : tensor<512x2048x16xf16>
    %4438 = stablehlo.multiply %4435, %4435 : tensor<512x2048x1xf16>
    %cst_887 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %4439 = stablehlo.broadcast_in_dim %cst_887, dims = [] : (tensor<f16>) -> tensor<512x2048x1xf16>
    %4440 = stablehlo.divide %4439, %4438 : tensor<512x2048x1xf16>
    %4441 = call @argmax(%4437) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %4442 = call @_one_hot_14(%4441) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %4443 = stablehlo.convert %4442 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %4444 = stablehlo.multiply %4437, %4443 : tensor<512x2048x16xf16>
    %4445 = stablehlo.convert %4444 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_888 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4446 = stablehlo.reduce(%4445 init: %cst_888) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %4447 = stablehlo.convert %4446 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %c_889 = stablehlo.constant dense<1> : tensor<i32>
    %4448 = stablehlo.broadcast_in_dim %c_889, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %4449 = stablehlo.subtract %4448, %4442 : tensor<512x2048x16xi32>
    %4450 = stablehlo.convert %4449 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %4451 = stablehlo.multiply %4437, %4450 : tensor<512x2048x16xf16>
    %4452 = call @argmax(%4451) : (tensor<512x2048x16xf16>) -> tensor<512x2048xi32>
    %4453 = call @_one_hot_14(%4452) : (tensor<512x2048xi32>) -> tensor<512x2048x16xi32>
    %4454 = stablehlo.convert %4453 : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xf16>
    %4455 = stablehlo.multiply %4451, %4454 : tensor<512x2048x16xf16>
    %4456 = stablehlo.convert %4455 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16xf32>
    %cst_890 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4457 = stablehlo.reduce(%4456 init: %cst_890) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %4458 = stablehlo.convert %4457 : (tensor<512x2048xf32>) -> tensor<512x2048xf16>
    %4459 = call @cumsum_15(%4442) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %4460 = stablehlo.subtract %4459, %4442 : tensor<512x2048x16xi32>
    %c_891 = stablehlo.constant dense<256> : tensor<i32>
    %4461 = stablehlo.broadcast_in_dim %c_891, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %4462 = stablehlo.compare LT, %4460, %4461, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %4463 = stablehlo.convert %4462 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %4464 = stablehlo.multiply %4442, %4463 : tensor<512x2048x16xi32>
    %4465 = stablehlo.multiply %4460, %4464 : tensor<512x2048x16xi32>
    %c_892 = stablehlo.constant dense<0> : tensor<i32>
    %4466 = stablehlo.reduce(%4465 init: %c_892) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_893 = stablehlo.constant dense<0> : tensor<i32>
    %4467 = stablehlo.reduce(%4464 init: %c_893) applies stablehlo.add across dimensions = [1] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x16xi32>
    %c_894 = stablehlo.constant dense<0> : tensor<i32>
    %4468 = stablehlo.reduce(%4464 init: %c_894) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %4469 = call @cumsum_15(%4453) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    %4470 = stablehlo.subtract %4469, %4453 : tensor<512x2048x16xi32>
    %4471 = stablehlo.broadcast_in_dim %4467, dims = [0, 2] : (tensor<512x16xi32>) -> tensor<512x1x16xi32>
    %4472 = stablehlo.broadcast_in_dim %4471, dims = [0, 1, 2] : (tensor<512x1x16xi32>) -> tensor<512x2048x16xi32>
    %4473 = stablehlo.add %4470, %4472 : tensor<512x2048x16xi32>
    %c_895 = stablehlo.constant dense<256> : tensor<i32>
    %4474 = stablehlo.broadcast_in_dim %c_895, dims = [] : (tensor<i32>) -> tensor<512x2048x16xi32>
    %4475 = stablehlo.compare LT, %4473, %4474, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %4476 = stablehlo.convert %4475 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    %4477 = stablehlo.multiply %4453, %4476 : tensor<512x2048x16xi32>
    %4478 = stablehlo.multiply %4473, %4477 : tensor<512x2048x16xi32>
    %c_896 = stablehlo.constant dense<0> : tensor<i32>
    %4479 = stablehlo.reduce(%4478 init: %c_896) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %c_897 = stablehlo.constant dense<0> : tensor<i32>
    %4480 = stablehlo.reduce(%4477 init: %c_897) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048xi32>
    %4481 = stablehlo.convert %4468 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %4482 = stablehlo.multiply %4447, %4481 : tensor<512x2048xf16>
    %4483 = stablehlo.convert %4480 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %4484 = stablehlo.multiply %4458, %4483 : tensor<512x2048xf16>
    %4485 = stablehlo.add %4482, %4484 : tensor<512x2048xf16>
    %cst_898 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4486 = stablehlo.broadcast_in_dim %cst_898, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %4487 = stablehlo.compare GT, %4485, %4486, FLOAT : (tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xi1>
    %cst_899 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %4488 = stablehlo.broadcast_in_dim %cst_899, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %4489:2 = call @_where_16(%4487, %4485, %4488) : (tensor<512x2048xi1>, tensor<512x2048xf16>, tensor<512x2048xf16>) -> (tensor<512x2048xf16>, tensor<512x2048xf16>)
    %4490 = stablehlo.divide %4482, %4489#0 : tensor<512x2048xf16>
    %4491 = stablehlo.multiply %4489#0, %4489#0 : tensor<512x2048xf16>
    %cst_900 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %4492 = stablehlo.broadcast_in_dim %cst_900, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %4493 = stablehlo.divide %4492, %4491 : tensor<512x2048xf16>
    %4494 = stablehlo.divide %4484, %4489#0 : tensor<512x2048xf16>
    %4495 = stablehlo.multiply %4489#0, %4489#0 : tensor<512x2048xf16>
    %cst_901 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %4496 = stablehlo.broadcast_in_dim %cst_901, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %4497 = stablehlo.divide %4496, %4495 : tensor<512x2048xf16>
    %4498 = stablehlo.convert %4468 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %4499 = stablehlo.multiply %4490, %4498 : tensor<512x2048xf16>
    %4500 = stablehlo.broadcast_in_dim %4499, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %4501 = call @_one_hot_17(%4441) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %4502 = stablehlo.broadcast_in_dim %4500, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %4503 = stablehlo.multiply %4502, %4501 : tensor<512x2048x16xf16>
    %4504 = call @_one_hot_18(%4466) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %4505 = stablehlo.broadcast_in_dim %4503, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %4506 = stablehlo.broadcast_in_dim %4504, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %4507 = stablehlo.broadcast_in_dim %4505, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %4508 = stablehlo.broadcast_in_dim %4506, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %4509 = stablehlo.multiply %4507, %4508 : tensor<512x2048x16x256xf16>
    %4510 = stablehlo.convert %4480 : (tensor<512x2048xi32>) -> tensor<512x2048xf16>
    %4511 = stablehlo.multiply %4494, %4510 : tensor<512x2048xf16>
    %4512 = stablehlo.broadcast_in_dim %4511, dims = [0, 1] : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %4513 = call @_one_hot_17(%4452) : (tensor<512x2048xi32>) -> tensor<512x2048x16xf16>
    %4514 = stablehlo.broadcast_in_dim %4512, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %4515 = stablehlo.multiply %4514, %4513 : tensor<512x2048x16xf16>
    %4516 = call @_one_hot_18(%4479) : (tensor<512x2048xi32>) -> tensor<512x2048x256xf16>
    %4517 = stablehlo.broadcast_in_dim %4515, dims = [0, 1, 2] : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %4518 = stablehlo.broadcast_in_dim %4516, dims = [0, 1, 3] : (tensor<512x2048x256xf16>) -> tensor<512x2048x1x256xf16>
    %4519 = stablehlo.broadcast_in_dim %4517, dims = [0, 1, 2, 3] : (tensor<512x2048x16x1xf16>) -> tensor<512x2048x16x256xf16>
    %4520 = stablehlo.broadcast_in_dim %4518, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %4521 = stablehlo.multiply %4519, %4520 : tensor<512x2048x16x256xf16>
    %4522 = stablehlo.add %4509, %4521 : tensor<512x2048x16x256xf16>
    %cst_902 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4523 = stablehlo.broadcast_in_dim %cst_902, dims = [] : (tensor<f16>) -> tensor<512x2048x16x256xf16>
    %4524 = stablehlo.compare NE, %4522, %4523, FLOAT : (tensor<512x2048x16x256xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x2048x16x256xi1>
    %4525 = stablehlo.convert %4524 : tensor<512x2048x16x256xi1>
    %4526 = stablehlo.convert %4525 : (tensor<512x2048x16x256xi1>) -> tensor<512x2048x16x256xf16>
    %4527 = stablehlo.dot_general %4423, %4526, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x16x256xf16>
    %4528 = stablehlo.transpose %4527, dims = [2, 0, 3, 1] : (tensor<512x768x16x256xf16>) -> tensor<16x512x256x768xf16>
    %4529 = stablehlo.dot_general %4528, %4421, batching_dims = [0] x [0], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x768xf16>, tensor<16x768x6144xf16>) -> tensor<16x512x256x6144xf16>
    %4530 = stablehlo.multiply %4529, %4529 : tensor<16x512x256x6144xf16>
    %4531 = stablehlo.multiply %4530, %4529 : tensor<16x512x256x6144xf16>
    %4532 = stablehlo.multiply %4529, %4529 : tensor<16x512x256x6144xf16>
    %cst_903 = stablehlo.constant dense<3.000000e+00> : tensor<f16>
    %4533 = stablehlo.broadcast_in_dim %cst_903, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %4534 = stablehlo.multiply %4533, %4532 : tensor<16x512x256x6144xf16>
    %cst_904 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %4535 = stablehlo.broadcast_in_dim %cst_904, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %4536 = stablehlo.multiply %4535, %4531 : tensor<16x512x256x6144xf16>
    %4537 = stablehlo.add %4529, %4536 : tensor<16x512x256x6144xf16>
    %cst_905 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %4538 = stablehlo.broadcast_in_dim %cst_905, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %4539 = stablehlo.multiply %4538, %4537 : tensor<16x512x256x6144xf16>
    %4540 = stablehlo.tanh %4539 : tensor<16x512x256x6144xf16>
    %cst_906 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %4541 = stablehlo.broadcast_in_dim %cst_906, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %4542 = stablehlo.subtract %4541, %4540 : tensor<16x512x256x6144xf16>
    %cst_907 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %4543 = stablehlo.broadcast_in_dim %cst_907, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %4544 = stablehlo.add %4543, %4540 : tensor<16x512x256x6144xf16>
    %cst_908 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %4545 = stablehlo.broadcast_in_dim %cst_908, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %4546 = stablehlo.multiply %4545, %4544 : tensor<16x512x256x6144xf16>
    %4547 = stablehlo.multiply %4529, %4546 : tensor<16x512x256x6144xf16>
    %4548 = stablehlo.dot_general %4422, %4547, batching_dims = [0] x [0], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<16x6144x768xf16>, tensor<16x512x256x6144xf16>) -> tensor<16x768x512x256xf16>
    %4549 = stablehlo.transpose %4548, dims = [2, 0, 3, 1] : (tensor<16x768x512x256xf16>) -> tensor<512x16x256x768xf16>
    %4550 = stablehlo.reshape %4281#12 : (tensor<1024x1024x768xf16>) -> tensor<512x2048x768xf16>
    %4551 = stablehlo.dot_general %4550, %4522, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x16x256xf16>
    %4552 = stablehlo.transpose %4551, dims = [0, 2, 3, 1] : (tensor<512x768x16x256xf16>) -> tensor<512x16x256x768xf16>
    %4553 = stablehlo.dot_general %4550, %4549, batching_dims = [0] x [0], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x768xf16>, tensor<512x16x256x768xf16>) -> tensor<512x2048x16x256xf16>
    %4554 = stablehlo.transpose %4552, dims = [1, 3, 0, 2] : (tensor<512x16x256x768xf16>) -> tensor<16x768x512x256xf16>
    %4555 = stablehlo.dot_general %4554, %4422, batching_dims = [0] x [0], contracting_dims = [1] x [2], precision = [HIGHEST, HIGHEST] : (tensor<16x768x512x256xf16>, tensor<16x6144x768xf16>) -> tensor<16x512x256x6144xf16>
    %4556 = stablehlo.dot_general %4554, %4547, batching_dims = [0] x [0], contracting_dims = [2, 3] x [1, 2], precision = [HIGHEST, HIGHEST] : (tensor<16x768x512x256xf16>, tensor<16x512x256x6144xf16>) -> tensor<16x768x6144xf16>
    %4557 = stablehlo.transpose %4556, dims = [0, 2, 1] : (tensor<16x768x6144xf16>) -> tensor<16x6144x768xf16>
    %4558 = stablehlo.multiply %4529, %4555 : tensor<16x512x256x6144xf16>
    %4559 = stablehlo.multiply %4555, %4546 : tensor<16x512x256x6144xf16>
    %cst_909 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %4560 = stablehlo.broadcast_in_dim %cst_909, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %4561 = stablehlo.multiply %4560, %4558 : tensor<16x512x256x6144xf16>
    %4562 = stablehlo.multiply %4561, %4542 : tensor<16x512x256x6144xf16>
    %4563 = stablehlo.multiply %4562, %4540 : tensor<16x512x256x6144xf16>
    %4564 = stablehlo.add %4562, %4563 : tensor<16x512x256x6144xf16>
    %cst_910 = stablehlo.constant dense<7.978520e-01> : tensor<f16>
    %4565 = stablehlo.broadcast_in_dim %cst_910, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %4566 = stablehlo.multiply %4565, %4564 : tensor<16x512x256x6144xf16>
    %4567 = stablehlo.add %4559, %4566 : tensor<16x512x256x6144xf16>
    %cst_911 = stablehlo.constant dense<4.470830e-02> : tensor<f16>
    %4568 = stablehlo.broadcast_in_dim %cst_911, dims = [] : (tensor<f16>) -> tensor<16x512x256x6144xf16>
    %4569 = stablehlo.multiply %4568, %4566 : tensor<16x512x256x6144xf16>
    %4570 = stablehlo.multiply %4569, %4534 : tensor<16x512x256x6144xf16>
    %4571 = stablehlo.add %4567, %4570 : tensor<16x512x256x6144xf16>
    %4572 = stablehlo.dot_general %4571, %4528, batching_dims = [0] x [0], contracting_dims = [1, 2] x [1, 2], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x6144xf16>, tensor<16x512x256x768xf16>) -> tensor<16x6144x768xf16>
    %4573 = stablehlo.transpose %4572, dims = [0, 2, 1] : (tensor<16x6144x768xf16>) -> tensor<16x768x6144xf16>
    %4574 = stablehlo.dot_general %4571, %4421, batching_dims = [0] x [0], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<16x512x256x6144xf16>, tensor<16x768x6144xf16>) -> tensor<16x512x256x768xf16>
    %4575 = stablehlo.transpose %4574, dims = [1, 3, 0, 2] : (tensor<16x512x256x768xf16>) -> tensor<512x768x16x256xf16>
    %4576 = stablehlo.dot_general %4575, %4526, batching_dims = [0] x [0], contracting_dims = [2, 3] x [2, 3], precision = [HIGHEST, HIGHEST] : (tensor<512x768x16x256xf16>, tensor<512x2048x16x256xf16>) -> tensor<512x768x2048xf16>
    %4577 = stablehlo.transpose %4576, dims = [0, 2, 1] : (tensor<512x768x2048xf16>) -> tensor<512x2048x768xf16>
    %4578 = stablehlo.broadcast_in_dim %4518, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %4579 = stablehlo.multiply %4553, %4578 : tensor<512x2048x16x256xf16>
    %cst_912 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4580 = stablehlo.reduce(%4579 init: %cst_912) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x256xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %4581 = stablehlo.reshape %4580 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %cst_913 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4582 = stablehlo.reduce(%4581 init: %cst_913) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x1xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %4583 = stablehlo.multiply %4582, %4513 : tensor<512x2048x16xf16>
    %cst_914 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4584 = stablehlo.reduce(%4583 init: %cst_914) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %4585 = stablehlo.reshape %4584 : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %cst_915 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4586 = stablehlo.reduce(%4585 init: %cst_915) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x1xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %4587 = stablehlo.multiply %4586, %4510 : tensor<512x2048xf16>
    %4588 = stablehlo.broadcast_in_dim %4506, dims = [0, 1, 2, 3] : (tensor<512x2048x1x256xf16>) -> tensor<512x2048x16x256xf16>
    %4589 = stablehlo.multiply %4553, %4588 : tensor<512x2048x16x256xf16>
    %cst_916 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4590 = stablehlo.reduce(%4589 init: %cst_916) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x256xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %4591 = stablehlo.reshape %4590 : (tensor<512x2048x16xf16>) -> tensor<512x2048x16x1xf16>
    %cst_917 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4592 = stablehlo.reduce(%4591 init: %cst_917) applies stablehlo.add across dimensions = [3] : (tensor<512x2048x16x1xf16>, tensor<f16>) -> tensor<512x2048x16xf16>
    %4593 = stablehlo.multiply %4592, %4501 : tensor<512x2048x16xf16>
    %cst_918 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4594 = stablehlo.reduce(%4593 init: %cst_918) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %4595 = stablehlo.reshape %4594 : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %cst_919 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4596 = stablehlo.reduce(%4595 init: %cst_919) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x1xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %4597 = stablehlo.multiply %4596, %4498 : tensor<512x2048xf16>
    %4598 = stablehlo.multiply %4587, %4497 : tensor<512x2048xf16>
    %4599 = stablehlo.multiply %4598, %4484 : tensor<512x2048xf16>
    %4600 = stablehlo.negate %4599 : tensor<512x2048xf16>
    %4601 = stablehlo.divide %4587, %4489#0 : tensor<512x2048xf16>
    %4602 = stablehlo.multiply %4597, %4493 : tensor<512x2048xf16>
    %4603 = stablehlo.multiply %4602, %4482 : tensor<512x2048xf16>
    %4604 = stablehlo.negate %4603 : tensor<512x2048xf16>
    %4605 = stablehlo.add %4600, %4604 : tensor<512x2048xf16>
    %4606 = stablehlo.divide %4597, %4489#0 : tensor<512x2048xf16>
    %4607 = call @_where_19(%4487, %4489#1, %4605) : (tensor<512x2048xi1>, tensor<512x2048xf16>, tensor<512x2048xf16>) -> tensor<512x2048xf16>
    %4608 = stablehlo.add %4606, %4607 : tensor<512x2048xf16>
    %4609 = stablehlo.add %4601, %4607 : tensor<512x2048xf16>
    %4610 = stablehlo.multiply %4609, %4483 : tensor<512x2048xf16>
    %4611 = stablehlo.multiply %4608, %4481 : tensor<512x2048xf16>
    %4612 = stablehlo.convert %4610 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %4613 = stablehlo.broadcast_in_dim %4612, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x16xf32>
    %4614 = stablehlo.convert %4613 : (tensor<512x2048x16xf32>) -> tensor<512x2048x16xf16>
    %4615 = stablehlo.multiply %4614, %4454 : tensor<512x2048x16xf16>
    %4616 = stablehlo.multiply %4615, %4450 : tensor<512x2048x16xf16>
    %4617 = stablehlo.convert %4611 : (tensor<512x2048xf16>) -> tensor<512x2048xf32>
    %4618 = stablehlo.broadcast_in_dim %4617, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x16xf32>
    %4619 = stablehlo.convert %4618 : (tensor<512x2048x16xf32>) -> tensor<512x2048x16xf16>
    %4620 = stablehlo.multiply %4619, %4443 : tensor<512x2048x16xf16>
    %4621 = stablehlo.add %4616, %4620 : tensor<512x2048x16xf16>
    %4622 = stablehlo.broadcast_in_dim %4440, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %4623 = stablehlo.multiply %4621, %4622 : tensor<512x2048x16xf16>
    %4624 = stablehlo.multiply %4623, %4431 : tensor<512x2048x16xf16>
    %cst_920 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4625 = stablehlo.reduce(%4624 init: %cst_920) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<f16>) -> tensor<512x2048xf16>
    %4626 = stablehlo.reshape %4625 : (tensor<512x2048xf16>) -> tensor<512x2048x1xf16>
    %4627 = stablehlo.negate %4626 : tensor<512x2048x1xf16>
    %4628 = stablehlo.broadcast_in_dim %4435, dims = [0, 1, 2] : (tensor<512x2048x1xf16>) -> tensor<512x2048x16xf16>
    %4629 = stablehlo.divide %4621, %4628 : tensor<512x2048x16xf16>
    %4630 = stablehlo.convert %4627 : (tensor<512x2048x1xf16>) -> tensor<512x2048x1xf32>
    %cst_921 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4631 = stablehlo.reduce(%4630 init: %cst_921) applies stablehlo.add across dimensions = [2] : (tensor<512x2048x1xf32>, tensor<f32>) -> tensor<512x2048xf32>
    %4632 = stablehlo.broadcast_in_dim %4631, dims = [0, 1] : (tensor<512x2048xf32>) -> tensor<512x2048x16xf32>
    %4633 = stablehlo.convert %4632 : (tensor<512x2048x16xf32>) -> tensor<512x2048x16xf16>
    %4634 = stablehlo.add %4629, %4633 : tensor<512x2048x16xf16>
    %4635 = stablehlo.multiply %4634, %4431 : tensor<512x2048x16xf16>
    %4636 = stablehlo.dot_general %4635, %4423, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x16xf16>, tensor<512x2048x768xf16>) -> tensor<16x768xf16>
    %4637 = stablehlo.transpose %4636, dims = [1, 0] : (tensor<16x768xf16>) -> tensor<768x16xf16>
    %4638 = stablehlo.dot_general %4635, %4420, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<512x2048x16xf16>, tensor<768x16xf16>) -> tensor<512x2048x768xf16>
    %4639 = stablehlo.add %4577, %4638 : tensor<512x2048x768xf16>
    %4640 = stablehlo.reshape %4639 : (tensor<512x2048x768xf16>) -> tensor<1024x1024x768xf16>
    %4641 = stablehlo.convert %4557 : (tensor<16x6144x768xf16>) -> tensor<16x6144x768xf32>
    %4642 = stablehlo.convert %4573 : (tensor<16x768x6144xf16>) -> tensor<16x768x6144xf32>
    %4643 = stablehlo.convert %4637 : (tensor<768x16xf16>) -> tensor<768x16xf32>
    %4644 = stablehlo.convert %4640 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_922 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4645 = stablehlo.reduce(%4644 init: %cst_922) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %4646 = stablehlo.reshape %4645 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4647 = stablehlo.reshape %4646 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %4648 = stablehlo.multiply %4404, %4644 : tensor<1024x1024x768xf32>
    %4649 = stablehlo.multiply %4644, %4414 : tensor<1024x1024x768xf32>
    %4650 = stablehlo.broadcast_in_dim %4407, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %4651 = stablehlo.multiply %4650, %4648 : tensor<1024x1024x768xf32>
    %cst_923 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4652 = stablehlo.reduce(%4651 init: %cst_923) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %4653 = stablehlo.reshape %4652 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4654 = stablehlo.broadcast_in_dim %4411, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %4655 = stablehlo.multiply %4648, %4654 : tensor<1024x1024x768xf32>
    %cst_924 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4656 = stablehlo.reduce(%4655 init: %cst_924) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %4657 = stablehlo.reshape %4656 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4658 = stablehlo.reshape %4653 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %4659 = stablehlo.multiply %4657, %4410 : tensor<1024x1024x1xf32>
    %4660 = stablehlo.negate %4649 : tensor<1024x1024x768xf32>
    %cst_925 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4661 = stablehlo.reduce(%4660 init: %cst_925) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %4662 = stablehlo.reshape %4661 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4663 = stablehlo.convert %4649 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %4664 = stablehlo.add %4281#12, %4663 : tensor<1024x1024x768xf16>
    %cst_926 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4665 = stablehlo.reduce(%4659 init: %cst_926) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_927 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4666 = stablehlo.reduce(%4662 init: %cst_927) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %4667 = stablehlo.multiply %4665, %4399 : tensor<1024x1024xf32>
    %4668 = stablehlo.negate %4667 : tensor<1024x1024xf32>
    %4669 = stablehlo.multiply %4668, %4386 : tensor<1024x1024xf32>
    %4670 = stablehlo.add %4666, %4669 : tensor<1024x1024xf32>
    %cst_928 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4671 = stablehlo.broadcast_in_dim %cst_928, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4672 = stablehlo.divide %4667, %4671 : tensor<1024x1024xf32>
    %4673 = stablehlo.broadcast_in_dim %4672, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_929 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4674 = stablehlo.broadcast_in_dim %cst_929, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4675 = stablehlo.divide %4670, %4674 : tensor<1024x1024xf32>
    %4676 = stablehlo.broadcast_in_dim %4675, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %4677 = stablehlo.multiply %4673, %4377 : tensor<1024x1024x768xf32>
    %4678 = stablehlo.add %4676, %4677 : tensor<1024x1024x768xf32>
    %4679 = stablehlo.convert %4678 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %4680 = stablehlo.add %4664, %4679 : tensor<1024x1024x768xf16>
    %cst_930 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4681 = stablehlo.reduce(%4680 init: %cst_930) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf16>, tensor<f16>) -> tensor<768xf16>
    %4682 = stablehlo.reshape %4681 : (tensor<768xf16>) -> tensor<1x1x768xf16>
    %4683 = stablehlo.reshape %4682 : (tensor<1x1x768xf16>) -> tensor<768xf16>
    %4684 = stablehlo.dot_general %4680, %4366, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<1024x1024x768xf16>) -> tensor<768x768xf16>
    %4685 = stablehlo.transpose %4684, dims = [1, 0] : (tensor<768x768xf16>) -> tensor<768x768xf16>
    %4686 = stablehlo.dot_general %4680, %4367, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x768xf16>, tensor<768x768xf16>) -> tensor<1024x1024x768xf16>
    %4687 = stablehlo.convert %4683 : (tensor<768xf16>) -> tensor<768xf32>
    %4688 = stablehlo.convert %4685 : (tensor<768x768xf16>) -> tensor<768x768xf32>
    %4689 = stablehlo.reshape %4686 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x16x48xf16>
    %4690 = stablehlo.transpose %4689, dims = [0, 2, 3, 1] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x16x48x1024xf16>
    %4691 = stablehlo.dot_general %4690, %4340, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x1024xf16>
    %4692 = stablehlo.dot_general %4690, %4360, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x48x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x48x1024xf16>
    %4693 = stablehlo.transpose %4692, dims = [0, 3, 1, 2] : (tensor<1024x16x48x1024xf16>) -> tensor<1024x1024x16x48xf16>
    %4694 = stablehlo.broadcast_in_dim %4363, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %4695 = stablehlo.multiply %4691, %4694 : tensor<1024x16x1024x1024xf16>
    %4696 = stablehlo.multiply %4695, %4354 : tensor<1024x16x1024x1024xf16>
    %cst_931 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4697 = stablehlo.reduce(%4696 init: %cst_931) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1024xf16>, tensor<f16>) -> tensor<1024x16x1024xf16>
    %4698 = stablehlo.reshape %4697 : (tensor<1024x16x1024xf16>) -> tensor<1024x16x1024x1xf16>
    %4699 = stablehlo.negate %4698 : tensor<1024x16x1024x1xf16>
    %4700 = stablehlo.broadcast_in_dim %4358, dims = [0, 1, 2, 3] : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1024xf16>
    %4701 = stablehlo.divide %4691, %4700 : tensor<1024x16x1024x1024xf16>
    %4702 = stablehlo.convert %4699 : (tensor<1024x16x1024x1xf16>) -> tensor<1024x16x1024x1xf32>
    %cst_932 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4703 = stablehlo.reduce(%4702 init: %cst_932) applies stablehlo.add across dimensions = [3] : (tensor<1024x16x1024x1xf32>, tensor<f32>) -> tensor<1024x16x1024xf32>
    %4704 = stablehlo.broadcast_in_dim %4703, dims = [0, 1, 2] : (tensor<1024x16x1024xf32>) -> tensor<1024x16x1024x1024xf32>
    %4705 = stablehlo.convert %4704 : (tensor<1024x16x1024x1024xf32>) -> tensor<1024x16x1024x1024xf16>
    %4706 = stablehlo.add %4701, %4705 : tensor<1024x16x1024x1024xf16>
    %4707 = stablehlo.multiply %4706, %4354 : tensor<1024x16x1024x1024xf16>
    %4708 = call @_where_13(%4347#1, %4347#2, %4707) : (tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf16>
    %cst_933 = stablehlo.constant dense<1.442870e-01> : tensor<f16>
    %4709 = stablehlo.broadcast_in_dim %cst_933, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %4710 = stablehlo.multiply %4708, %4709 : tensor<1024x16x1024x1024xf16>
    %4711 = stablehlo.dot_general %4710, %4336, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %4712 = stablehlo.transpose %4711, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %4713 = stablehlo.dot_general %4710, %4338, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x16x1024x1024xf16>, tensor<1024x1024x16x48xf16>) -> tensor<1024x16x1024x48xf16>
    %4714 = stablehlo.transpose %4713, dims = [0, 2, 1, 3] : (tensor<1024x16x1024x48xf16>) -> tensor<1024x1024x16x48xf16>
    %4715 = stablehlo.broadcast_in_dim %4693, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_934 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4716 = stablehlo.pad %4715, %cst_934, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %4717 = stablehlo.broadcast_in_dim %4712, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_935 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4718 = stablehlo.pad %4717, %cst_935, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %4719 = stablehlo.add %4716, %4718 : tensor<1024x1024x16x3x48xf16>
    %4720 = stablehlo.broadcast_in_dim %4714, dims = [0, 1, 2, 4] : (tensor<1024x1024x16x48xf16>) -> tensor<1024x1024x16x1x48xf16>
    %cst_936 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4721 = stablehlo.pad %4720, %cst_936, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<1024x1024x16x1x48xf16>, tensor<f16>) -> tensor<1024x1024x16x3x48xf16>
    %4722 = stablehlo.add %4719, %4721 : tensor<1024x1024x16x3x48xf16>
    %4723 = stablehlo.reshape %4722 : (tensor<1024x1024x16x3x48xf16>) -> tensor<1024x1024x2304xf16>
    %cst_937 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4724 = stablehlo.reduce(%4723 init: %cst_937) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x2304xf16>, tensor<f16>) -> tensor<2304xf16>
    %4725 = stablehlo.reshape %4724 : (tensor<2304xf16>) -> tensor<1x1x2304xf16>
    %4726 = stablehlo.reshape %4725 : (tensor<1x1x2304xf16>) -> tensor<2304xf16>
    %4727 = stablehlo.dot_general %4723, %4327, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<1024x1024x768xf16>) -> tensor<2304x768xf16>
    %4728 = stablehlo.transpose %4727, dims = [1, 0] : (tensor<2304x768xf16>) -> tensor<768x2304xf16>
    %4729 = stablehlo.dot_general %4723, %4328, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1024x1024x2304xf16>, tensor<768x2304xf16>) -> tensor<1024x1024x768xf16>
    %4730 = stablehlo.convert %4726 : (tensor<2304xf16>) -> tensor<2304xf32>
    %4731 = stablehlo.convert %4728 : (tensor<768x2304xf16>) -> tensor<768x2304xf32>
    %4732 = stablehlo.convert %4729 : (tensor<1024x1024x768xf16>) -> tensor<1024x1024x768xf32>
    %cst_938 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4733 = stablehlo.reduce(%4732 init: %cst_938) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %4734 = stablehlo.reshape %4733 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4735 = stablehlo.reshape %4734 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %4736 = stablehlo.multiply %4312, %4732 : tensor<1024x1024x768xf32>
    %4737 = stablehlo.multiply %4732, %4322 : tensor<1024x1024x768xf32>
    %4738 = stablehlo.broadcast_in_dim %4315, dims = [0, 1, 2] : (tensor<1024x1024x1xf32>) -> tensor<1024x1024x768xf32>
    %4739 = stablehlo.multiply %4738, %4736 : tensor<1024x1024x768xf32>
    %cst_939 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4740 = stablehlo.reduce(%4739 init: %cst_939) applies stablehlo.add across dimensions = [0, 1] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<768xf32>
    %4741 = stablehlo.reshape %4740 : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %4742 = stablehlo.broadcast_in_dim %4319, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1024x1024x768xf32>
    %4743 = stablehlo.multiply %4736, %4742 : tensor<1024x1024x768xf32>
    %cst_940 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4744 = stablehlo.reduce(%4743 init: %cst_940) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %4745 = stablehlo.reshape %4744 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4746 = stablehlo.reshape %4741 : (tensor<1x1x768xf32>) -> tensor<768xf32>
    %4747 = stablehlo.multiply %4745, %4318 : tensor<1024x1024x1xf32>
    %4748 = stablehlo.negate %4737 : tensor<1024x1024x768xf32>
    %cst_941 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4749 = stablehlo.reduce(%4748 init: %cst_941) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x768xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %4750 = stablehlo.reshape %4749 : (tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    %4751 = stablehlo.convert %4737 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %4752 = stablehlo.add %4680, %4751 : tensor<1024x1024x768xf16>
    %cst_942 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4753 = stablehlo.reduce(%4747 init: %cst_942) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %cst_943 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4754 = stablehlo.reduce(%4750 init: %cst_943) applies stablehlo.add across dimensions = [2] : (tensor<1024x1024x1xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %4755 = stablehlo.multiply %4753, %4307 : tensor<1024x1024xf32>
    %4756 = stablehlo.negate %4755 : tensor<1024x1024xf32>
    %4757 = stablehlo.multiply %4756, %4294 : tensor<1024x1024xf32>
    %4758 = stablehlo.add %4754, %4757 : tensor<1024x1024xf32>
    %cst_944 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4759 = stablehlo.broadcast_in_dim %cst_944, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4760 = stablehlo.divide %4755, %4759 : tensor<1024x1024xf32>
    %4761 = stablehlo.broadcast_in_dim %4760, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %cst_945 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %4762 = stablehlo.broadcast_in_dim %cst_945, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4763 = stablehlo.divide %4758, %4762 : tensor<1024x1024xf32>
    %4764 = stablehlo.broadcast_in_dim %4763, dims = [0, 1] : (tensor<1024x1024xf32>) -> tensor<1024x1024x768xf32>
    %4765 = stablehlo.multiply %4761, %4285 : tensor<1024x1024x768xf32>
    %4766 = stablehlo.add %4764, %4765 : tensor<1024x1024x768xf32>
    %4767 = stablehlo.convert %4766 : (tensor<1024x1024x768xf32>) -> tensor<1024x1024x768xf16>
    %4768 = stablehlo.add %4752, %4767 : tensor<1024x1024x768xf16>
    %cst_946 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4769 = stablehlo.reduce(%4768 init: %cst_946) applies stablehlo.add across dimensions = [0] : (tensor<1024x1024x768xf16>, tensor<f16>) -> tensor<1024x768xf16>
    %4770 = stablehlo.reshape %4769 : (tensor<1024x768xf16>) -> tensor<1x1024x768xf16>
    %cst_947 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4771 = stablehlo.reduce(%4770 init: %cst_947) applies stablehlo.add across dimensions = [0] : (tensor<1x1024x768xf16>, tensor<f16>) -> tensor<1024x768xf16>
    %4772 = call @_take_20(%4#1, %4771) : (tensor<1024x1xi32>, tensor<1024x768xf16>) -> tensor<1024x768xf16>
    %4773 = stablehlo.convert %4772 : (tensor<1024x768xf16>) -> tensor<1024x768xf32>
    %4774 = call @_take_21(%1#1, %4768) : (tensor<1024x1024x1xi32>, tensor<1024x1024x768xf16>) -> tensor<32000x768xf16>
    %4775 = stablehlo.convert %4774 : (tensor<32000x768xf16>) -> tensor<32000x768xf32>
    %4776 = stablehlo.add %1504, %4775 : tensor<32000x768xf32>
    %cst_948 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4777 = stablehlo.broadcast_in_dim %cst_948, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %4778 = stablehlo.multiply %4777, %4730 : tensor<2304xf32>
    %cst_949 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4779 = stablehlo.broadcast_in_dim %cst_949, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %4780 = stablehlo.multiply %4779, %arg97 : tensor<2304xf32>
    %4781 = stablehlo.add %4778, %4780 : tensor<2304xf32>
    %cst_950 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4782 = stablehlo.broadcast_in_dim %cst_950, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %4783 = stablehlo.multiply %4782, %4731 : tensor<768x2304xf32>
    %cst_951 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4784 = stablehlo.broadcast_in_dim %cst_951, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %4785 = stablehlo.multiply %4784, %arg98 : tensor<768x2304xf32>
    %4786 = stablehlo.add %4783, %4785 : tensor<768x2304xf32>
    %cst_952 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4787 = stablehlo.broadcast_in_dim %cst_952, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4788 = stablehlo.multiply %4787, %4687 : tensor<768xf32>
    %cst_953 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4789 = stablehlo.broadcast_in_dim %cst_953, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4790 = stablehlo.multiply %4789, %arg99 : tensor<768xf32>
    %4791 = stablehlo.add %4788, %4790 : tensor<768xf32>
    %cst_954 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4792 = stablehlo.broadcast_in_dim %cst_954, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %4793 = stablehlo.multiply %4792, %4688 : tensor<768x768xf32>
    %cst_955 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4794 = stablehlo.broadcast_in_dim %cst_955, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %4795 = stablehlo.multiply %4794, %arg100 : tensor<768x768xf32>
    %4796 = stablehlo.add %4793, %4795 : tensor<768x768xf32>
    %cst_956 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4797 = stablehlo.broadcast_in_dim %cst_956, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4798 = stablehlo.multiply %4797, %4735 : tensor<768xf32>
    %cst_957 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4799 = stablehlo.broadcast_in_dim %cst_957, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4800 = stablehlo.multiply %4799, %arg101 : tensor<768xf32>
    %4801 = stablehlo.add %4798, %4800 : tensor<768xf32>
    %cst_958 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4802 = stablehlo.broadcast_in_dim %cst_958, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4803 = stablehlo.multiply %4802, %4746 : tensor<768xf32>
    %cst_959 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4804 = stablehlo.broadcast_in_dim %cst_959, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4805 = stablehlo.multiply %4804, %arg102 : tensor<768xf32>
    %4806 = stablehlo.add %4803, %4805 : tensor<768xf32>
    %cst_960 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4807 = stablehlo.broadcast_in_dim %cst_960, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4808 = stablehlo.multiply %4807, %4647 : tensor<768xf32>
    %cst_961 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4809 = stablehlo.broadcast_in_dim %cst_961, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4810 = stablehlo.multiply %4809, %arg103 : tensor<768xf32>
    %4811 = stablehlo.add %4808, %4810 : tensor<768xf32>
    %cst_962 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4812 = stablehlo.broadcast_in_dim %cst_962, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4813 = stablehlo.multiply %4812, %4658 : tensor<768xf32>
    %cst_963 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4814 = stablehlo.broadcast_in_dim %cst_963, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4815 = stablehlo.multiply %4814, %arg104 : tensor<768xf32>
    %4816 = stablehlo.add %4813, %4815 : tensor<768xf32>
    %cst_964 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4817 = stablehlo.broadcast_in_dim %cst_964, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %4818 = stablehlo.multiply %4817, %4643 : tensor<768x16xf32>
    %cst_965 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4819 = stablehlo.broadcast_in_dim %cst_965, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %4820 = stablehlo.multiply %4819, %arg105 : tensor<768x16xf32>
    %4821 = stablehlo.add %4818, %4820 : tensor<768x16xf32>
    %cst_966 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4822 = stablehlo.broadcast_in_dim %cst_966, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %4823 = stablehlo.multiply %4822, %4642 : tensor<16x768x6144xf32>
    %cst_967 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4824 = stablehlo.broadcast_in_dim %cst_967, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %4825 = stablehlo.multiply %4824, %arg106 : tensor<16x768x6144xf32>
    %4826 = stablehlo.add %4823, %4825 : tensor<16x768x6144xf32>
    %cst_968 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4827 = stablehlo.broadcast_in_dim %cst_968, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %4828 = stablehlo.multiply %4827, %4641 : tensor<16x6144x768xf32>
    %cst_969 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4829 = stablehlo.broadcast_in_dim %cst_969, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %4830 = stablehlo.multiply %4829, %arg107 : tensor<16x6144x768xf32>
    %4831 = stablehlo.add %4828, %4830 : tensor<16x6144x768xf32>
    %cst_970 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4832 = stablehlo.broadcast_in_dim %cst_970, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %4833 = stablehlo.multiply %4832, %4242 : tensor<2304xf32>
    %cst_971 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4834 = stablehlo.broadcast_in_dim %cst_971, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %4835 = stablehlo.multiply %4834, %arg108 : tensor<2304xf32>
    %4836 = stablehlo.add %4833, %4835 : tensor<2304xf32>
    %cst_972 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4837 = stablehlo.broadcast_in_dim %cst_972, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %4838 = stablehlo.multiply %4837, %4243 : tensor<768x2304xf32>
    %cst_973 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4839 = stablehlo.broadcast_in_dim %cst_973, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %4840 = stablehlo.multiply %4839, %arg109 : tensor<768x2304xf32>
    %4841 = stablehlo.add %4838, %4840 : tensor<768x2304xf32>
    %cst_974 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4842 = stablehlo.broadcast_in_dim %cst_974, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4843 = stablehlo.multiply %4842, %4199 : tensor<768xf32>
    %cst_975 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4844 = stablehlo.broadcast_in_dim %cst_975, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4845 = stablehlo.multiply %4844, %arg110 : tensor<768xf32>
    %4846 = stablehlo.add %4843, %4845 : tensor<768xf32>
    %cst_976 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4847 = stablehlo.broadcast_in_dim %cst_976, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %4848 = stablehlo.multiply %4847, %4200 : tensor<768x768xf32>
    %cst_977 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4849 = stablehlo.broadcast_in_dim %cst_977, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %4850 = stablehlo.multiply %4849, %arg111 : tensor<768x768xf32>
    %4851 = stablehlo.add %4848, %4850 : tensor<768x768xf32>
    %cst_978 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4852 = stablehlo.broadcast_in_dim %cst_978, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %4853 = stablehlo.multiply %4852, %4154 : tensor<6144xf32>
    %cst_979 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4854 = stablehlo.broadcast_in_dim %cst_979, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %4855 = stablehlo.multiply %4854, %arg112 : tensor<6144xf32>
    %4856 = stablehlo.add %4853, %4855 : tensor<6144xf32>
    %cst_980 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4857 = stablehlo.broadcast_in_dim %cst_980, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %4858 = stablehlo.multiply %4857, %4155 : tensor<768x6144xf32>
    %cst_981 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4859 = stablehlo.broadcast_in_dim %cst_981, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %4860 = stablehlo.multiply %4859, %arg113 : tensor<768x6144xf32>
    %4861 = stablehlo.add %4858, %4860 : tensor<768x6144xf32>
    %cst_982 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4862 = stablehlo.broadcast_in_dim %cst_982, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4863 = stablehlo.multiply %4862, %4132 : tensor<768xf32>
    %cst_983 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4864 = stablehlo.broadcast_in_dim %cst_983, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4865 = stablehlo.multiply %4864, %arg114 : tensor<768xf32>
    %4866 = stablehlo.add %4863, %4865 : tensor<768xf32>
    %cst_984 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4867 = stablehlo.broadcast_in_dim %cst_984, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %4868 = stablehlo.multiply %4867, %4133 : tensor<6144x768xf32>
    %cst_985 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4869 = stablehlo.broadcast_in_dim %cst_985, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %4870 = stablehlo.multiply %4869, %arg115 : tensor<6144x768xf32>
    %4871 = stablehlo.add %4868, %4870 : tensor<6144x768xf32>
    %cst_986 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4872 = stablehlo.broadcast_in_dim %cst_986, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4873 = stablehlo.multiply %4872, %4247 : tensor<768xf32>
    %cst_987 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4874 = stablehlo.broadcast_in_dim %cst_987, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4875 = stablehlo.multiply %4874, %arg116 : tensor<768xf32>
    %4876 = stablehlo.add %4873, %4875 : tensor<768xf32>
    %cst_988 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4877 = stablehlo.broadcast_in_dim %cst_988, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4878 = stablehlo.multiply %4877, %4258 : tensor<768xf32>
    %cst_989 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4879 = stablehlo.broadcast_in_dim %cst_989, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4880 = stablehlo.multiply %4879, %arg117 : tensor<768xf32>
    %4881 = stablehlo.add %4878, %4880 : tensor<768xf32>
    %cst_990 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4882 = stablehlo.broadcast_in_dim %cst_990, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4883 = stablehlo.multiply %4882, %4159 : tensor<768xf32>
    %cst_991 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4884 = stablehlo.broadcast_in_dim %cst_991, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4885 = stablehlo.multiply %4884, %arg118 : tensor<768xf32>
    %4886 = stablehlo.add %4883, %4885 : tensor<768xf32>
    %cst_992 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4887 = stablehlo.broadcast_in_dim %cst_992, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4888 = stablehlo.multiply %4887, %4170 : tensor<768xf32>
    %cst_993 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4889 = stablehlo.broadcast_in_dim %cst_993, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4890 = stablehlo.multiply %4889, %arg119 : tensor<768xf32>
    %4891 = stablehlo.add %4888, %4890 : tensor<768xf32>
    %cst_994 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4892 = stablehlo.broadcast_in_dim %cst_994, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %4893 = stablehlo.multiply %4892, %3923 : tensor<2304xf32>
    %cst_995 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4894 = stablehlo.broadcast_in_dim %cst_995, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %4895 = stablehlo.multiply %4894, %arg120 : tensor<2304xf32>
    %4896 = stablehlo.add %4893, %4895 : tensor<2304xf32>
    %cst_996 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4897 = stablehlo.broadcast_in_dim %cst_996, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %4898 = stablehlo.multiply %4897, %3924 : tensor<768x2304xf32>
    %cst_997 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4899 = stablehlo.broadcast_in_dim %cst_997, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %4900 = stablehlo.multiply %4899, %arg121 : tensor<768x2304xf32>
    %4901 = stablehlo.add %4898, %4900 : tensor<768x2304xf32>
    %cst_998 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4902 = stablehlo.broadcast_in_dim %cst_998, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4903 = stablehlo.multiply %4902, %3880 : tensor<768xf32>
    %cst_999 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4904 = stablehlo.broadcast_in_dim %cst_999, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4905 = stablehlo.multiply %4904, %arg122 : tensor<768xf32>
    %4906 = stablehlo.add %4903, %4905 : tensor<768xf32>
    %cst_1000 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4907 = stablehlo.broadcast_in_dim %cst_1000, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %4908 = stablehlo.multiply %4907, %3881 : tensor<768x768xf32>
    %cst_1001 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4909 = stablehlo.broadcast_in_dim %cst_1001, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %4910 = stablehlo.multiply %4909, %arg123 : tensor<768x768xf32>
    %4911 = stablehlo.add %4908, %4910 : tensor<768x768xf32>
    %cst_1002 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4912 = stablehlo.broadcast_in_dim %cst_1002, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4913 = stablehlo.multiply %4912, %3928 : tensor<768xf32>
    %cst_1003 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4914 = stablehlo.broadcast_in_dim %cst_1003, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4915 = stablehlo.multiply %4914, %arg124 : tensor<768xf32>
    %4916 = stablehlo.add %4913, %4915 : tensor<768xf32>
    %cst_1004 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4917 = stablehlo.broadcast_in_dim %cst_1004, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4918 = stablehlo.multiply %4917, %3939 : tensor<768xf32>
    %cst_1005 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4919 = stablehlo.broadcast_in_dim %cst_1005, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4920 = stablehlo.multiply %4919, %arg125 : tensor<768xf32>
    %4921 = stablehlo.add %4918, %4920 : tensor<768xf32>
    %cst_1006 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4922 = stablehlo.broadcast_in_dim %cst_1006, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4923 = stablehlo.multiply %4922, %3840 : tensor<768xf32>
    %cst_1007 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4924 = stablehlo.broadcast_in_dim %cst_1007, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4925 = stablehlo.multiply %4924, %arg126 : tensor<768xf32>
    %4926 = stablehlo.add %4923, %4925 : tensor<768xf32>
    %cst_1008 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4927 = stablehlo.broadcast_in_dim %cst_1008, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4928 = stablehlo.multiply %4927, %3851 : tensor<768xf32>
    %cst_1009 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4929 = stablehlo.broadcast_in_dim %cst_1009, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4930 = stablehlo.multiply %4929, %arg127 : tensor<768xf32>
    %4931 = stablehlo.add %4928, %4930 : tensor<768xf32>
    %cst_1010 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4932 = stablehlo.broadcast_in_dim %cst_1010, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %4933 = stablehlo.multiply %4932, %3836 : tensor<768x16xf32>
    %cst_1011 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4934 = stablehlo.broadcast_in_dim %cst_1011, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %4935 = stablehlo.multiply %4934, %arg128 : tensor<768x16xf32>
    %4936 = stablehlo.add %4933, %4935 : tensor<768x16xf32>
    %cst_1012 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4937 = stablehlo.broadcast_in_dim %cst_1012, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %4938 = stablehlo.multiply %4937, %3835 : tensor<16x768x6144xf32>
    %cst_1013 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4939 = stablehlo.broadcast_in_dim %cst_1013, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %4940 = stablehlo.multiply %4939, %arg129 : tensor<16x768x6144xf32>
    %4941 = stablehlo.add %4938, %4940 : tensor<16x768x6144xf32>
    %cst_1014 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4942 = stablehlo.broadcast_in_dim %cst_1014, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %4943 = stablehlo.multiply %4942, %3834 : tensor<16x6144x768xf32>
    %cst_1015 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4944 = stablehlo.broadcast_in_dim %cst_1015, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %4945 = stablehlo.multiply %4944, %arg130 : tensor<16x6144x768xf32>
    %4946 = stablehlo.add %4943, %4945 : tensor<16x6144x768xf32>
    %cst_1016 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4947 = stablehlo.broadcast_in_dim %cst_1016, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %4948 = stablehlo.multiply %4947, %3435 : tensor<2304xf32>
    %cst_1017 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4949 = stablehlo.broadcast_in_dim %cst_1017, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %4950 = stablehlo.multiply %4949, %arg131 : tensor<2304xf32>
    %4951 = stablehlo.add %4948, %4950 : tensor<2304xf32>
    %cst_1018 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4952 = stablehlo.broadcast_in_dim %cst_1018, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %4953 = stablehlo.multiply %4952, %3436 : tensor<768x2304xf32>
    %cst_1019 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4954 = stablehlo.broadcast_in_dim %cst_1019, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %4955 = stablehlo.multiply %4954, %arg132 : tensor<768x2304xf32>
    %4956 = stablehlo.add %4953, %4955 : tensor<768x2304xf32>
    %cst_1020 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4957 = stablehlo.broadcast_in_dim %cst_1020, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4958 = stablehlo.multiply %4957, %3392 : tensor<768xf32>
    %cst_1021 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4959 = stablehlo.broadcast_in_dim %cst_1021, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4960 = stablehlo.multiply %4959, %arg133 : tensor<768xf32>
    %4961 = stablehlo.add %4958, %4960 : tensor<768xf32>
    %cst_1022 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4962 = stablehlo.broadcast_in_dim %cst_1022, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %4963 = stablehlo.multiply %4962, %3393 : tensor<768x768xf32>
    %cst_1023 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4964 = stablehlo.broadcast_in_dim %cst_1023, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %4965 = stablehlo.multiply %4964, %arg134 : tensor<768x768xf32>
    %4966 = stablehlo.add %4963, %4965 : tensor<768x768xf32>
    %cst_1024 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4967 = stablehlo.broadcast_in_dim %cst_1024, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %4968 = stablehlo.multiply %4967, %3347 : tensor<6144xf32>
    %cst_1025 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4969 = stablehlo.broadcast_in_dim %cst_1025, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %4970 = stablehlo.multiply %4969, %arg135 : tensor<6144xf32>
    %4971 = stablehlo.add %4968, %4970 : tensor<6144xf32>
    %cst_1026 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4972 = stablehlo.broadcast_in_dim %cst_1026, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %4973 = stablehlo.multiply %4972, %3348 : tensor<768x6144xf32>
    %cst_1027 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4974 = stablehlo.broadcast_in_dim %cst_1027, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %4975 = stablehlo.multiply %4974, %arg136 : tensor<768x6144xf32>
    %4976 = stablehlo.add %4973, %4975 : tensor<768x6144xf32>
    %cst_1028 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4977 = stablehlo.broadcast_in_dim %cst_1028, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4978 = stablehlo.multiply %4977, %3325 : tensor<768xf32>
    %cst_1029 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4979 = stablehlo.broadcast_in_dim %cst_1029, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4980 = stablehlo.multiply %4979, %arg137 : tensor<768xf32>
    %4981 = stablehlo.add %4978, %4980 : tensor<768xf32>
    %cst_1030 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4982 = stablehlo.broadcast_in_dim %cst_1030, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %4983 = stablehlo.multiply %4982, %3326 : tensor<6144x768xf32>
    %cst_1031 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4984 = stablehlo.broadcast_in_dim %cst_1031, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %4985 = stablehlo.multiply %4984, %arg138 : tensor<6144x768xf32>
    %4986 = stablehlo.add %4983, %4985 : tensor<6144x768xf32>
    %cst_1032 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4987 = stablehlo.broadcast_in_dim %cst_1032, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4988 = stablehlo.multiply %4987, %3440 : tensor<768xf32>
    %cst_1033 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4989 = stablehlo.broadcast_in_dim %cst_1033, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4990 = stablehlo.multiply %4989, %arg139 : tensor<768xf32>
    %4991 = stablehlo.add %4988, %4990 : tensor<768xf32>
    %cst_1034 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4992 = stablehlo.broadcast_in_dim %cst_1034, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4993 = stablehlo.multiply %4992, %3451 : tensor<768xf32>
    %cst_1035 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4994 = stablehlo.broadcast_in_dim %cst_1035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4995 = stablehlo.multiply %4994, %arg140 : tensor<768xf32>
    %4996 = stablehlo.add %4993, %4995 : tensor<768xf32>
    %cst_1036 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4997 = stablehlo.broadcast_in_dim %cst_1036, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %4998 = stablehlo.multiply %4997, %3352 : tensor<768xf32>
    %cst_1037 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4999 = stablehlo.broadcast_in_dim %cst_1037, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5000 = stablehlo.multiply %4999, %arg141 : tensor<768xf32>
    %5001 = stablehlo.add %4998, %5000 : tensor<768xf32>
    %cst_1038 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5002 = stablehlo.broadcast_in_dim %cst_1038, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5003 = stablehlo.multiply %5002, %3363 : tensor<768xf32>
    %cst_1039 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5004 = stablehlo.broadcast_in_dim %cst_1039, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5005 = stablehlo.multiply %5004, %arg142 : tensor<768xf32>
    %5006 = stablehlo.add %5003, %5005 : tensor<768xf32>
    %cst_1040 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5007 = stablehlo.broadcast_in_dim %cst_1040, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5008 = stablehlo.multiply %5007, %3116 : tensor<2304xf32>
    %cst_1041 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5009 = stablehlo.broadcast_in_dim %cst_1041, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5010 = stablehlo.multiply %5009, %arg143 : tensor<2304xf32>
    %5011 = stablehlo.add %5008, %5010 : tensor<2304xf32>
    %cst_1042 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5012 = stablehlo.broadcast_in_dim %cst_1042, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5013 = stablehlo.multiply %5012, %3117 : tensor<768x2304xf32>
    %cst_1043 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5014 = stablehlo.broadcast_in_dim %cst_1043, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5015 = stablehlo.multiply %5014, %arg144 : tensor<768x2304xf32>
    %5016 = stablehlo.add %5013, %5015 : tensor<768x2304xf32>
    %cst_1044 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5017 = stablehlo.broadcast_in_dim %cst_1044, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5018 = stablehlo.multiply %5017, %3073 : tensor<768xf32>
    %cst_1045 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5019 = stablehlo.broadcast_in_dim %cst_1045, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5020 = stablehlo.multiply %5019, %arg145 : tensor<768xf32>
    %5021 = stablehlo.add %5018, %5020 : tensor<768xf32>
    %cst_1046 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5022 = stablehlo.broadcast_in_dim %cst_1046, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5023 = stablehlo.multiply %5022, %3074 : tensor<768x768xf32>
    %cst_1047 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5024 = stablehlo.broadcast_in_dim %cst_1047, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5025 = stablehlo.multiply %5024, %arg146 : tensor<768x768xf32>
    %5026 = stablehlo.add %5023, %5025 : tensor<768x768xf32>
    %cst_1048 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5027 = stablehlo.broadcast_in_dim %cst_1048, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5028 = stablehlo.multiply %5027, %3121 : tensor<768xf32>
    %cst_1049 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5029 = stablehlo.broadcast_in_dim %cst_1049, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5030 = stablehlo.multiply %5029, %arg147 : tensor<768xf32>
    %5031 = stablehlo.add %5028, %5030 : tensor<768xf32>
    %cst_1050 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5032 = stablehlo.broadcast_in_dim %cst_1050, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5033 = stablehlo.multiply %5032, %3132 : tensor<768xf32>
    %cst_1051 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5034 = stablehlo.broadcast_in_dim %cst_1051, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5035 = stablehlo.multiply %5034, %arg148 : tensor<768xf32>
    %5036 = stablehlo.add %5033, %5035 : tensor<768xf32>
    %cst_1052 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5037 = stablehlo.broadcast_in_dim %cst_1052, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5038 = stablehlo.multiply %5037, %3033 : tensor<768xf32>
    %cst_1053 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5039 = stablehlo.broadcast_in_dim %cst_1053, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5040 = stablehlo.multiply %5039, %arg149 : tensor<768xf32>
    %5041 = stablehlo.add %5038, %5040 : tensor<768xf32>
    %cst_1054 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5042 = stablehlo.broadcast_in_dim %cst_1054, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5043 = stablehlo.multiply %5042, %3044 : tensor<768xf32>
    %cst_1055 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5044 = stablehlo.broadcast_in_dim %cst_1055, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5045 = stablehlo.multiply %5044, %arg150 : tensor<768xf32>
    %5046 = stablehlo.add %5043, %5045 : tensor<768xf32>
    %cst_1056 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5047 = stablehlo.broadcast_in_dim %cst_1056, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5048 = stablehlo.multiply %5047, %3029 : tensor<768x16xf32>
    %cst_1057 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5049 = stablehlo.broadcast_in_dim %cst_1057, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5050 = stablehlo.multiply %5049, %arg151 : tensor<768x16xf32>
    %5051 = stablehlo.add %5048, %5050 : tensor<768x16xf32>
    %cst_1058 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5052 = stablehlo.broadcast_in_dim %cst_1058, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5053 = stablehlo.multiply %5052, %3028 : tensor<16x768x6144xf32>
    %cst_1059 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5054 = stablehlo.broadcast_in_dim %cst_1059, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5055 = stablehlo.multiply %5054, %arg152 : tensor<16x768x6144xf32>
    %5056 = stablehlo.add %5053, %5055 : tensor<16x768x6144xf32>
    %cst_1060 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5057 = stablehlo.broadcast_in_dim %cst_1060, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5058 = stablehlo.multiply %5057, %3027 : tensor<16x6144x768xf32>
    %cst_1061 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5059 = stablehlo.broadcast_in_dim %cst_1061, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5060 = stablehlo.multiply %5059, %arg153 : tensor<16x6144x768xf32>
    %5061 = stablehlo.add %5058, %5060 : tensor<16x6144x768xf32>
    %cst_1062 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5062 = stablehlo.broadcast_in_dim %cst_1062, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5063 = stablehlo.multiply %5062, %2628 : tensor<2304xf32>
    %cst_1063 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5064 = stablehlo.broadcast_in_dim %cst_1063, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5065 = stablehlo.multiply %5064, %arg154 : tensor<2304xf32>
    %5066 = stablehlo.add %5063, %5065 : tensor<2304xf32>
    %cst_1064 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5067 = stablehlo.broadcast_in_dim %cst_1064, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5068 = stablehlo.multiply %5067, %2629 : tensor<768x2304xf32>
    %cst_1065 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5069 = stablehlo.broadcast_in_dim %cst_1065, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5070 = stablehlo.multiply %5069, %arg155 : tensor<768x2304xf32>
    %5071 = stablehlo.add %5068, %5070 : tensor<768x2304xf32>
    %cst_1066 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5072 = stablehlo.broadcast_in_dim %cst_1066, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5073 = stablehlo.multiply %5072, %2585 : tensor<768xf32>
    %cst_1067 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5074 = stablehlo.broadcast_in_dim %cst_1067, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5075 = stablehlo.multiply %5074, %arg156 : tensor<768xf32>
    %5076 = stablehlo.add %5073, %5075 : tensor<768xf32>
    %cst_1068 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5077 = stablehlo.broadcast_in_dim %cst_1068, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5078 = stablehlo.multiply %5077, %2586 : tensor<768x768xf32>
    %cst_1069 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5079 = stablehlo.broadcast_in_dim %cst_1069, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5080 = stablehlo.multiply %5079, %arg157 : tensor<768x768xf32>
    %5081 = stablehlo.add %5078, %5080 : tensor<768x768xf32>
    %cst_1070 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5082 = stablehlo.broadcast_in_dim %cst_1070, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5083 = stablehlo.multiply %5082, %2540 : tensor<6144xf32>
    %cst_1071 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5084 = stablehlo.broadcast_in_dim %cst_1071, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5085 = stablehlo.multiply %5084, %arg158 : tensor<6144xf32>
    %5086 = stablehlo.add %5083, %5085 : tensor<6144xf32>
    %cst_1072 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5087 = stablehlo.broadcast_in_dim %cst_1072, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5088 = stablehlo.multiply %5087, %2541 : tensor<768x6144xf32>
    %cst_1073 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5089 = stablehlo.broadcast_in_dim %cst_1073, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5090 = stablehlo.multiply %5089, %arg159 : tensor<768x6144xf32>
    %5091 = stablehlo.add %5088, %5090 : tensor<768x6144xf32>
    %cst_1074 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5092 = stablehlo.broadcast_in_dim %cst_1074, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5093 = stablehlo.multiply %5092, %2518 : tensor<768xf32>
    %cst_1075 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5094 = stablehlo.broadcast_in_dim %cst_1075, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5095 = stablehlo.multiply %5094, %arg160 : tensor<768xf32>
    %5096 = stablehlo.add %5093, %5095 : tensor<768xf32>
    %cst_1076 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5097 = stablehlo.broadcast_in_dim %cst_1076, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5098 = stablehlo.multiply %5097, %2519 : tensor<6144x768xf32>
    %cst_1077 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5099 = stablehlo.broadcast_in_dim %cst_1077, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5100 = stablehlo.multiply %5099, %arg161 : tensor<6144x768xf32>
    %5101 = stablehlo.add %5098, %5100 : tensor<6144x768xf32>
    %cst_1078 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5102 = stablehlo.broadcast_in_dim %cst_1078, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5103 = stablehlo.multiply %5102, %2633 : tensor<768xf32>
    %cst_1079 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5104 = stablehlo.broadcast_in_dim %cst_1079, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5105 = stablehlo.multiply %5104, %arg162 : tensor<768xf32>
    %5106 = stablehlo.add %5103, %5105 : tensor<768xf32>
    %cst_1080 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5107 = stablehlo.broadcast_in_dim %cst_1080, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5108 = stablehlo.multiply %5107, %2644 : tensor<768xf32>
    %cst_1081 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5109 = stablehlo.broadcast_in_dim %cst_1081, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5110 = stablehlo.multiply %5109, %arg163 : tensor<768xf32>
    %5111 = stablehlo.add %5108, %5110 : tensor<768xf32>
    %cst_1082 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5112 = stablehlo.broadcast_in_dim %cst_1082, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5113 = stablehlo.multiply %5112, %2545 : tensor<768xf32>
    %cst_1083 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5114 = stablehlo.broadcast_in_dim %cst_1083, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5115 = stablehlo.multiply %5114, %arg164 : tensor<768xf32>
    %5116 = stablehlo.add %5113, %5115 : tensor<768xf32>
    %cst_1084 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5117 = stablehlo.broadcast_in_dim %cst_1084, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5118 = stablehlo.multiply %5117, %2556 : tensor<768xf32>
    %cst_1085 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5119 = stablehlo.broadcast_in_dim %cst_1085, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5120 = stablehlo.multiply %5119, %arg165 : tensor<768xf32>
    %5121 = stablehlo.add %5118, %5120 : tensor<768xf32>
    %cst_1086 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5122 = stablehlo.broadcast_in_dim %cst_1086, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5123 = stablehlo.multiply %5122, %2309 : tensor<2304xf32>
    %cst_1087 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5124 = stablehlo.broadcast_in_dim %cst_1087, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5125 = stablehlo.multiply %5124, %arg166 : tensor<2304xf32>
    %5126 = stablehlo.add %5123, %5125 : tensor<2304xf32>
    %cst_1088 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5127 = stablehlo.broadcast_in_dim %cst_1088, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5128 = stablehlo.multiply %5127, %2310 : tensor<768x2304xf32>
    %cst_1089 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5129 = stablehlo.broadcast_in_dim %cst_1089, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5130 = stablehlo.multiply %5129, %arg167 : tensor<768x2304xf32>
    %5131 = stablehlo.add %5128, %5130 : tensor<768x2304xf32>
    %cst_1090 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5132 = stablehlo.broadcast_in_dim %cst_1090, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5133 = stablehlo.multiply %5132, %2266 : tensor<768xf32>
    %cst_1091 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5134 = stablehlo.broadcast_in_dim %cst_1091, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5135 = stablehlo.multiply %5134, %arg168 : tensor<768xf32>
    %5136 = stablehlo.add %5133, %5135 : tensor<768xf32>
    %cst_1092 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5137 = stablehlo.broadcast_in_dim %cst_1092, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5138 = stablehlo.multiply %5137, %2267 : tensor<768x768xf32>
    %cst_1093 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5139 = stablehlo.broadcast_in_dim %cst_1093, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5140 = stablehlo.multiply %5139, %arg169 : tensor<768x768xf32>
    %5141 = stablehlo.add %5138, %5140 : tensor<768x768xf32>
    %cst_1094 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5142 = stablehlo.broadcast_in_dim %cst_1094, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5143 = stablehlo.multiply %5142, %2314 : tensor<768xf32>
    %cst_1095 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5144 = stablehlo.broadcast_in_dim %cst_1095, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5145 = stablehlo.multiply %5144, %arg170 : tensor<768xf32>
    %5146 = stablehlo.add %5143, %5145 : tensor<768xf32>
    %cst_1096 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5147 = stablehlo.broadcast_in_dim %cst_1096, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5148 = stablehlo.multiply %5147, %2325 : tensor<768xf32>
    %cst_1097 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5149 = stablehlo.broadcast_in_dim %cst_1097, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5150 = stablehlo.multiply %5149, %arg171 : tensor<768xf32>
    %5151 = stablehlo.add %5148, %5150 : tensor<768xf32>
    %cst_1098 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5152 = stablehlo.broadcast_in_dim %cst_1098, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5153 = stablehlo.multiply %5152, %2226 : tensor<768xf32>
    %cst_1099 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5154 = stablehlo.broadcast_in_dim %cst_1099, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5155 = stablehlo.multiply %5154, %arg172 : tensor<768xf32>
    %5156 = stablehlo.add %5153, %5155 : tensor<768xf32>
    %cst_1100 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5157 = stablehlo.broadcast_in_dim %cst_1100, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5158 = stablehlo.multiply %5157, %2237 : tensor<768xf32>
    %cst_1101 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5159 = stablehlo.broadcast_in_dim %cst_1101, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5160 = stablehlo.multiply %5159, %arg173 : tensor<768xf32>
    %5161 = stablehlo.add %5158, %5160 : tensor<768xf32>
    %cst_1102 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5162 = stablehlo.broadcast_in_dim %cst_1102, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5163 = stablehlo.multiply %5162, %2222 : tensor<768x16xf32>
    %cst_1103 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5164 = stablehlo.broadcast_in_dim %cst_1103, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5165 = stablehlo.multiply %5164, %arg174 : tensor<768x16xf32>
    %5166 = stablehlo.add %5163, %5165 : tensor<768x16xf32>
    %cst_1104 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5167 = stablehlo.broadcast_in_dim %cst_1104, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5168 = stablehlo.multiply %5167, %2221 : tensor<16x768x6144xf32>
    %cst_1105 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5169 = stablehlo.broadcast_in_dim %cst_1105, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5170 = stablehlo.multiply %5169, %arg175 : tensor<16x768x6144xf32>
    %5171 = stablehlo.add %5168, %5170 : tensor<16x768x6144xf32>
    %cst_1106 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5172 = stablehlo.broadcast_in_dim %cst_1106, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5173 = stablehlo.multiply %5172, %2220 : tensor<16x6144x768xf32>
    %cst_1107 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5174 = stablehlo.broadcast_in_dim %cst_1107, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5175 = stablehlo.multiply %5174, %arg176 : tensor<16x6144x768xf32>
    %5176 = stablehlo.add %5173, %5175 : tensor<16x6144x768xf32>
    %cst_1108 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5177 = stablehlo.broadcast_in_dim %cst_1108, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5178 = stablehlo.multiply %5177, %1821 : tensor<2304xf32>
    %cst_1109 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5179 = stablehlo.broadcast_in_dim %cst_1109, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5180 = stablehlo.multiply %5179, %arg177 : tensor<2304xf32>
    %5181 = stablehlo.add %5178, %5180 : tensor<2304xf32>
    %cst_1110 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5182 = stablehlo.broadcast_in_dim %cst_1110, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5183 = stablehlo.multiply %5182, %1822 : tensor<768x2304xf32>
    %cst_1111 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5184 = stablehlo.broadcast_in_dim %cst_1111, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5185 = stablehlo.multiply %5184, %arg178 : tensor<768x2304xf32>
    %5186 = stablehlo.add %5183, %5185 : tensor<768x2304xf32>
    %cst_1112 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5187 = stablehlo.broadcast_in_dim %cst_1112, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5188 = stablehlo.multiply %5187, %1778 : tensor<768xf32>
    %cst_1113 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5189 = stablehlo.broadcast_in_dim %cst_1113, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5190 = stablehlo.multiply %5189, %arg179 : tensor<768xf32>
    %5191 = stablehlo.add %5188, %5190 : tensor<768xf32>
    %cst_1114 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5192 = stablehlo.broadcast_in_dim %cst_1114, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5193 = stablehlo.multiply %5192, %1779 : tensor<768x768xf32>
    %cst_1115 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5194 = stablehlo.broadcast_in_dim %cst_1115, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5195 = stablehlo.multiply %5194, %arg180 : tensor<768x768xf32>
    %5196 = stablehlo.add %5193, %5195 : tensor<768x768xf32>
    %cst_1116 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5197 = stablehlo.broadcast_in_dim %cst_1116, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5198 = stablehlo.multiply %5197, %1733 : tensor<6144xf32>
    %cst_1117 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5199 = stablehlo.broadcast_in_dim %cst_1117, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5200 = stablehlo.multiply %5199, %arg181 : tensor<6144xf32>
    %5201 = stablehlo.add %5198, %5200 : tensor<6144xf32>
    %cst_1118 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5202 = stablehlo.broadcast_in_dim %cst_1118, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5203 = stablehlo.multiply %5202, %1734 : tensor<768x6144xf32>
    %cst_1119 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5204 = stablehlo.broadcast_in_dim %cst_1119, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5205 = stablehlo.multiply %5204, %arg182 : tensor<768x6144xf32>
    %5206 = stablehlo.add %5203, %5205 : tensor<768x6144xf32>
    %cst_1120 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5207 = stablehlo.broadcast_in_dim %cst_1120, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5208 = stablehlo.multiply %5207, %1711 : tensor<768xf32>
    %cst_1121 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5209 = stablehlo.broadcast_in_dim %cst_1121, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5210 = stablehlo.multiply %5209, %arg183 : tensor<768xf32>
    %5211 = stablehlo.add %5208, %5210 : tensor<768xf32>
    %cst_1122 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5212 = stablehlo.broadcast_in_dim %cst_1122, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5213 = stablehlo.multiply %5212, %1712 : tensor<6144x768xf32>
    %cst_1123 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5214 = stablehlo.broadcast_in_dim %cst_1123, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5215 = stablehlo.multiply %5214, %arg184 : tensor<6144x768xf32>
    %5216 = stablehlo.add %5213, %5215 : tensor<6144x768xf32>
    %cst_1124 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5217 = stablehlo.broadcast_in_dim %cst_1124, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5218 = stablehlo.multiply %5217, %1826 : tensor<768xf32>
    %cst_1125 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5219 = stablehlo.broadcast_in_dim %cst_1125, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5220 = stablehlo.multiply %5219, %arg185 : tensor<768xf32>
    %5221 = stablehlo.add %5218, %5220 : tensor<768xf32>
    %cst_1126 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5222 = stablehlo.broadcast_in_dim %cst_1126, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5223 = stablehlo.multiply %5222, %1837 : tensor<768xf32>
    %cst_1127 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5224 = stablehlo.broadcast_in_dim %cst_1127, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5225 = stablehlo.multiply %5224, %arg186 : tensor<768xf32>
    %5226 = stablehlo.add %5223, %5225 : tensor<768xf32>
    %cst_1128 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5227 = stablehlo.broadcast_in_dim %cst_1128, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5228 = stablehlo.multiply %5227, %1738 : tensor<768xf32>
    %cst_1129 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5229 = stablehlo.broadcast_in_dim %cst_1129, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5230 = stablehlo.multiply %5229, %arg187 : tensor<768xf32>
    %5231 = stablehlo.add %5228, %5230 : tensor<768xf32>
    %cst_1130 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5232 = stablehlo.broadcast_in_dim %cst_1130, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5233 = stablehlo.multiply %5232, %1749 : tensor<768xf32>
    %cst_1131 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5234 = stablehlo.broadcast_in_dim %cst_1131, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5235 = stablehlo.multiply %5234, %arg188 : tensor<768xf32>
    %5236 = stablehlo.add %5233, %5235 : tensor<768xf32>
    %cst_1132 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5237 = stablehlo.broadcast_in_dim %cst_1132, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5238 = stablehlo.multiply %5237, %1508 : tensor<768xf32>
    %cst_1133 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5239 = stablehlo.broadcast_in_dim %cst_1133, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5240 = stablehlo.multiply %5239, %arg189 : tensor<768xf32>
    %5241 = stablehlo.add %5238, %5240 : tensor<768xf32>
    %cst_1134 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5242 = stablehlo.broadcast_in_dim %cst_1134, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5243 = stablehlo.multiply %5242, %1519 : tensor<768xf32>
    %cst_1135 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5244 = stablehlo.broadcast_in_dim %cst_1135, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5245 = stablehlo.multiply %5244, %arg190 : tensor<768xf32>
    %5246 = stablehlo.add %5243, %5245 : tensor<768xf32>
    %cst_1136 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5247 = stablehlo.broadcast_in_dim %cst_1136, dims = [] : (tensor<f32>) -> tensor<1024x768xf32>
    %5248 = stablehlo.multiply %5247, %4773 : tensor<1024x768xf32>
    %cst_1137 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5249 = stablehlo.broadcast_in_dim %cst_1137, dims = [] : (tensor<f32>) -> tensor<1024x768xf32>
    %5250 = stablehlo.multiply %5249, %arg191 : tensor<1024x768xf32>
    %5251 = stablehlo.add %5248, %5250 : tensor<1024x768xf32>
    %cst_1138 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %5252 = stablehlo.broadcast_in_dim %cst_1138, dims = [] : (tensor<f32>) -> tensor<32000x768xf32>
    %5253 = stablehlo.multiply %5252, %4776 : tensor<32000x768xf32>
    %cst_1139 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5254 = stablehlo.broadcast_in_dim %cst_1139, dims = [] : (tensor<f32>) -> tensor<32000x768xf32>
    %5255 = stablehlo.multiply %5254, %arg192 : tensor<32000x768xf32>
    %5256 = stablehlo.add %5253, %5255 : tensor<32000x768xf32>
    %5257 = stablehlo.multiply %4730, %4730 : tensor<2304xf32>
    %cst_1140 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5258 = stablehlo.broadcast_in_dim %cst_1140, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5259 = stablehlo.multiply %5258, %5257 : tensor<2304xf32>
    %cst_1141 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5260 = stablehlo.broadcast_in_dim %cst_1141, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5261 = stablehlo.multiply %5260, %arg193 : tensor<2304xf32>
    %5262 = stablehlo.add %5259, %5261 : tensor<2304xf32>
    %5263 = stablehlo.multiply %4731, %4731 : tensor<768x2304xf32>
    %cst_1142 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5264 = stablehlo.broadcast_in_dim %cst_1142, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5265 = stablehlo.multiply %5264, %5263 : tensor<768x2304xf32>
    %cst_1143 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5266 = stablehlo.broadcast_in_dim %cst_1143, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5267 = stablehlo.multiply %5266, %arg194 : tensor<768x2304xf32>
    %5268 = stablehlo.add %5265, %5267 : tensor<768x2304xf32>
    %5269 = stablehlo.multiply %4687, %4687 : tensor<768xf32>
    %cst_1144 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5270 = stablehlo.broadcast_in_dim %cst_1144, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5271 = stablehlo.multiply %5270, %5269 : tensor<768xf32>
    %cst_1145 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5272 = stablehlo.broadcast_in_dim %cst_1145, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5273 = stablehlo.multiply %5272, %arg195 : tensor<768xf32>
    %5274 = stablehlo.add %5271, %5273 : tensor<768xf32>
    %5275 = stablehlo.multiply %4688, %4688 : tensor<768x768xf32>
    %cst_1146 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5276 = stablehlo.broadcast_in_dim %cst_1146, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5277 = stablehlo.multiply %5276, %5275 : tensor<768x768xf32>
    %cst_1147 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5278 = stablehlo.broadcast_in_dim %cst_1147, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5279 = stablehlo.multiply %5278, %arg196 : tensor<768x768xf32>
    %5280 = stablehlo.add %5277, %5279 : tensor<768x768xf32>
    %5281 = stablehlo.multiply %4735, %4735 : tensor<768xf32>
    %cst_1148 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5282 = stablehlo.broadcast_in_dim %cst_1148, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5283 = stablehlo.multiply %5282, %5281 : tensor<768xf32>
    %cst_1149 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5284 = stablehlo.broadcast_in_dim %cst_1149, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5285 = stablehlo.multiply %5284, %arg197 : tensor<768xf32>
    %5286 = stablehlo.add %5283, %5285 : tensor<768xf32>
    %5287 = stablehlo.multiply %4746, %4746 : tensor<768xf32>
    %cst_1150 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5288 = stablehlo.broadcast_in_dim %cst_1150, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5289 = stablehlo.multiply %5288, %5287 : tensor<768xf32>
    %cst_1151 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5290 = stablehlo.broadcast_in_dim %cst_1151, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5291 = stablehlo.multiply %5290, %arg198 : tensor<768xf32>
    %5292 = stablehlo.add %5289, %5291 : tensor<768xf32>
    %5293 = stablehlo.multiply %4647, %4647 : tensor<768xf32>
    %cst_1152 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5294 = stablehlo.broadcast_in_dim %cst_1152, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5295 = stablehlo.multiply %5294, %5293 : tensor<768xf32>
    %cst_1153 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5296 = stablehlo.broadcast_in_dim %cst_1153, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5297 = stablehlo.multiply %5296, %arg199 : tensor<768xf32>
    %5298 = stablehlo.add %5295, %5297 : tensor<768xf32>
    %5299 = stablehlo.multiply %4658, %4658 : tensor<768xf32>
    %cst_1154 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5300 = stablehlo.broadcast_in_dim %cst_1154, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5301 = stablehlo.multiply %5300, %5299 : tensor<768xf32>
    %cst_1155 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5302 = stablehlo.broadcast_in_dim %cst_1155, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5303 = stablehlo.multiply %5302, %arg200 : tensor<768xf32>
    %5304 = stablehlo.add %5301, %5303 : tensor<768xf32>
    %5305 = stablehlo.multiply %4643, %4643 : tensor<768x16xf32>
    %cst_1156 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5306 = stablehlo.broadcast_in_dim %cst_1156, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5307 = stablehlo.multiply %5306, %5305 : tensor<768x16xf32>
    %cst_1157 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5308 = stablehlo.broadcast_in_dim %cst_1157, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5309 = stablehlo.multiply %5308, %arg201 : tensor<768x16xf32>
    %5310 = stablehlo.add %5307, %5309 : tensor<768x16xf32>
    %5311 = stablehlo.multiply %4642, %4642 : tensor<16x768x6144xf32>
    %cst_1158 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5312 = stablehlo.broadcast_in_dim %cst_1158, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5313 = stablehlo.multiply %5312, %5311 : tensor<16x768x6144xf32>
    %cst_1159 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5314 = stablehlo.broadcast_in_dim %cst_1159, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5315 = stablehlo.multiply %5314, %arg202 : tensor<16x768x6144xf32>
    %5316 = stablehlo.add %5313, %5315 : tensor<16x768x6144xf32>
    %5317 = stablehlo.multiply %4641, %4641 : tensor<16x6144x768xf32>
    %cst_1160 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5318 = stablehlo.broadcast_in_dim %cst_1160, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5319 = stablehlo.multiply %5318, %5317 : tensor<16x6144x768xf32>
    %cst_1161 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5320 = stablehlo.broadcast_in_dim %cst_1161, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5321 = stablehlo.multiply %5320, %arg203 : tensor<16x6144x768xf32>
    %5322 = stablehlo.add %5319, %5321 : tensor<16x6144x768xf32>
    %5323 = stablehlo.multiply %4242, %4242 : tensor<2304xf32>
    %cst_1162 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5324 = stablehlo.broadcast_in_dim %cst_1162, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5325 = stablehlo.multiply %5324, %5323 : tensor<2304xf32>
    %cst_1163 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5326 = stablehlo.broadcast_in_dim %cst_1163, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5327 = stablehlo.multiply %5326, %arg204 : tensor<2304xf32>
    %5328 = stablehlo.add %5325, %5327 : tensor<2304xf32>
    %5329 = stablehlo.multiply %4243, %4243 : tensor<768x2304xf32>
    %cst_1164 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5330 = stablehlo.broadcast_in_dim %cst_1164, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5331 = stablehlo.multiply %5330, %5329 : tensor<768x2304xf32>
    %cst_1165 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5332 = stablehlo.broadcast_in_dim %cst_1165, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5333 = stablehlo.multiply %5332, %arg205 : tensor<768x2304xf32>
    %5334 = stablehlo.add %5331, %5333 : tensor<768x2304xf32>
    %5335 = stablehlo.multiply %4199, %4199 : tensor<768xf32>
    %cst_1166 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5336 = stablehlo.broadcast_in_dim %cst_1166, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5337 = stablehlo.multiply %5336, %5335 : tensor<768xf32>
    %cst_1167 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5338 = stablehlo.broadcast_in_dim %cst_1167, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5339 = stablehlo.multiply %5338, %arg206 : tensor<768xf32>
    %5340 = stablehlo.add %5337, %5339 : tensor<768xf32>
    %5341 = stablehlo.multiply %4200, %4200 : tensor<768x768xf32>
    %cst_1168 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5342 = stablehlo.broadcast_in_dim %cst_1168, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5343 = stablehlo.multiply %5342, %5341 : tensor<768x768xf32>
    %cst_1169 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5344 = stablehlo.broadcast_in_dim %cst_1169, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5345 = stablehlo.multiply %5344, %arg207 : tensor<768x768xf32>
    %5346 = stablehlo.add %5343, %5345 : tensor<768x768xf32>
    %5347 = stablehlo.multiply %4154, %4154 : tensor<6144xf32>
    %cst_1170 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5348 = stablehlo.broadcast_in_dim %cst_1170, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5349 = stablehlo.multiply %5348, %5347 : tensor<6144xf32>
    %cst_1171 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5350 = stablehlo.broadcast_in_dim %cst_1171, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5351 = stablehlo.multiply %5350, %arg208 : tensor<6144xf32>
    %5352 = stablehlo.add %5349, %5351 : tensor<6144xf32>
    %5353 = stablehlo.multiply %4155, %4155 : tensor<768x6144xf32>
    %cst_1172 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5354 = stablehlo.broadcast_in_dim %cst_1172, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5355 = stablehlo.multiply %5354, %5353 : tensor<768x6144xf32>
    %cst_1173 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5356 = stablehlo.broadcast_in_dim %cst_1173, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5357 = stablehlo.multiply %5356, %arg209 : tensor<768x6144xf32>
    %5358 = stablehlo.add %5355, %5357 : tensor<768x6144xf32>
    %5359 = stablehlo.multiply %4132, %4132 : tensor<768xf32>
    %cst_1174 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5360 = stablehlo.broadcast_in_dim %cst_1174, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5361 = stablehlo.multiply %5360, %5359 : tensor<768xf32>
    %cst_1175 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5362 = stablehlo.broadcast_in_dim %cst_1175, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5363 = stablehlo.multiply %5362, %arg210 : tensor<768xf32>
    %5364 = stablehlo.add %5361, %5363 : tensor<768xf32>
    %5365 = stablehlo.multiply %4133, %4133 : tensor<6144x768xf32>
    %cst_1176 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5366 = stablehlo.broadcast_in_dim %cst_1176, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5367 = stablehlo.multiply %5366, %5365 : tensor<6144x768xf32>
    %cst_1177 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5368 = stablehlo.broadcast_in_dim %cst_1177, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5369 = stablehlo.multiply %5368, %arg211 : tensor<6144x768xf32>
    %5370 = stablehlo.add %5367, %5369 : tensor<6144x768xf32>
    %5371 = stablehlo.multiply %4247, %4247 : tensor<768xf32>
    %cst_1178 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5372 = stablehlo.broadcast_in_dim %cst_1178, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5373 = stablehlo.multiply %5372, %5371 : tensor<768xf32>
    %cst_1179 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5374 = stablehlo.broadcast_in_dim %cst_1179, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5375 = stablehlo.multiply %5374, %arg212 : tensor<768xf32>
    %5376 = stablehlo.add %5373, %5375 : tensor<768xf32>
    %5377 = stablehlo.multiply %4258, %4258 : tensor<768xf32>
    %cst_1180 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5378 = stablehlo.broadcast_in_dim %cst_1180, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5379 = stablehlo.multiply %5378, %5377 : tensor<768xf32>
    %cst_1181 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5380 = stablehlo.broadcast_in_dim %cst_1181, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5381 = stablehlo.multiply %5380, %arg213 : tensor<768xf32>
    %5382 = stablehlo.add %5379, %5381 : tensor<768xf32>
    %5383 = stablehlo.multiply %4159, %4159 : tensor<768xf32>
    %cst_1182 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5384 = stablehlo.broadcast_in_dim %cst_1182, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5385 = stablehlo.multiply %5384, %5383 : tensor<768xf32>
    %cst_1183 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5386 = stablehlo.broadcast_in_dim %cst_1183, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5387 = stablehlo.multiply %5386, %arg214 : tensor<768xf32>
    %5388 = stablehlo.add %5385, %5387 : tensor<768xf32>
    %5389 = stablehlo.multiply %4170, %4170 : tensor<768xf32>
    %cst_1184 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5390 = stablehlo.broadcast_in_dim %cst_1184, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5391 = stablehlo.multiply %5390, %5389 : tensor<768xf32>
    %cst_1185 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5392 = stablehlo.broadcast_in_dim %cst_1185, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5393 = stablehlo.multiply %5392, %arg215 : tensor<768xf32>
    %5394 = stablehlo.add %5391, %5393 : tensor<768xf32>
    %5395 = stablehlo.multiply %3923, %3923 : tensor<2304xf32>
    %cst_1186 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5396 = stablehlo.broadcast_in_dim %cst_1186, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5397 = stablehlo.multiply %5396, %5395 : tensor<2304xf32>
    %cst_1187 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5398 = stablehlo.broadcast_in_dim %cst_1187, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5399 = stablehlo.multiply %5398, %arg216 : tensor<2304xf32>
    %5400 = stablehlo.add %5397, %5399 : tensor<2304xf32>
    %5401 = stablehlo.multiply %3924, %3924 : tensor<768x2304xf32>
    %cst_1188 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5402 = stablehlo.broadcast_in_dim %cst_1188, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5403 = stablehlo.multiply %5402, %5401 : tensor<768x2304xf32>
    %cst_1189 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5404 = stablehlo.broadcast_in_dim %cst_1189, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5405 = stablehlo.multiply %5404, %arg217 : tensor<768x2304xf32>
    %5406 = stablehlo.add %5403, %5405 : tensor<768x2304xf32>
    %5407 = stablehlo.multiply %3880, %3880 : tensor<768xf32>
    %cst_1190 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5408 = stablehlo.broadcast_in_dim %cst_1190, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5409 = stablehlo.multiply %5408, %5407 : tensor<768xf32>
    %cst_1191 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5410 = stablehlo.broadcast_in_dim %cst_1191, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5411 = stablehlo.multiply %5410, %arg218 : tensor<768xf32>
    %5412 = stablehlo.add %5409, %5411 : tensor<768xf32>
    %5413 = stablehlo.multiply %3881, %3881 : tensor<768x768xf32>
    %cst_1192 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5414 = stablehlo.broadcast_in_dim %cst_1192, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5415 = stablehlo.multiply %5414, %5413 : tensor<768x768xf32>
    %cst_1193 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5416 = stablehlo.broadcast_in_dim %cst_1193, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5417 = stablehlo.multiply %5416, %arg219 : tensor<768x768xf32>
    %5418 = stablehlo.add %5415, %5417 : tensor<768x768xf32>
    %5419 = stablehlo.multiply %3928, %3928 : tensor<768xf32>
    %cst_1194 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5420 = stablehlo.broadcast_in_dim %cst_1194, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5421 = stablehlo.multiply %5420, %5419 : tensor<768xf32>
    %cst_1195 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5422 = stablehlo.broadcast_in_dim %cst_1195, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5423 = stablehlo.multiply %5422, %arg220 : tensor<768xf32>
    %5424 = stablehlo.add %5421, %5423 : tensor<768xf32>
    %5425 = stablehlo.multiply %3939, %3939 : tensor<768xf32>
    %cst_1196 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5426 = stablehlo.broadcast_in_dim %cst_1196, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5427 = stablehlo.multiply %5426, %5425 : tensor<768xf32>
    %cst_1197 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5428 = stablehlo.broadcast_in_dim %cst_1197, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5429 = stablehlo.multiply %5428, %arg221 : tensor<768xf32>
    %5430 = stablehlo.add %5427, %5429 : tensor<768xf32>
    %5431 = stablehlo.multiply %3840, %3840 : tensor<768xf32>
    %cst_1198 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5432 = stablehlo.broadcast_in_dim %cst_1198, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5433 = stablehlo.multiply %5432, %5431 : tensor<768xf32>
    %cst_1199 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5434 = stablehlo.broadcast_in_dim %cst_1199, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5435 = stablehlo.multiply %5434, %arg222 : tensor<768xf32>
    %5436 = stablehlo.add %5433, %5435 : tensor<768xf32>
    %5437 = stablehlo.multiply %3851, %3851 : tensor<768xf32>
    %cst_1200 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5438 = stablehlo.broadcast_in_dim %cst_1200, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5439 = stablehlo.multiply %5438, %5437 : tensor<768xf32>
    %cst_1201 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5440 = stablehlo.broadcast_in_dim %cst_1201, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5441 = stablehlo.multiply %5440, %arg223 : tensor<768xf32>
    %5442 = stablehlo.add %5439, %5441 : tensor<768xf32>
    %5443 = stablehlo.multiply %3836, %3836 : tensor<768x16xf32>
    %cst_1202 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5444 = stablehlo.broadcast_in_dim %cst_1202, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5445 = stablehlo.multiply %5444, %5443 : tensor<768x16xf32>
    %cst_1203 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5446 = stablehlo.broadcast_in_dim %cst_1203, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5447 = stablehlo.multiply %5446, %arg224 : tensor<768x16xf32>
    %5448 = stablehlo.add %5445, %5447 : tensor<768x16xf32>
    %5449 = stablehlo.multiply %3835, %3835 : tensor<16x768x6144xf32>
    %cst_1204 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5450 = stablehlo.broadcast_in_dim %cst_1204, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5451 = stablehlo.multiply %5450, %5449 : tensor<16x768x6144xf32>
    %cst_1205 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5452 = stablehlo.broadcast_in_dim %cst_1205, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5453 = stablehlo.multiply %5452, %arg225 : tensor<16x768x6144xf32>
    %5454 = stablehlo.add %5451, %5453 : tensor<16x768x6144xf32>
    %5455 = stablehlo.multiply %3834, %3834 : tensor<16x6144x768xf32>
    %cst_1206 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5456 = stablehlo.broadcast_in_dim %cst_1206, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5457 = stablehlo.multiply %5456, %5455 : tensor<16x6144x768xf32>
    %cst_1207 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5458 = stablehlo.broadcast_in_dim %cst_1207, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5459 = stablehlo.multiply %5458, %arg226 : tensor<16x6144x768xf32>
    %5460 = stablehlo.add %5457, %5459 : tensor<16x6144x768xf32>
    %5461 = stablehlo.multiply %3435, %3435 : tensor<2304xf32>
    %cst_1208 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5462 = stablehlo.broadcast_in_dim %cst_1208, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5463 = stablehlo.multiply %5462, %5461 : tensor<2304xf32>
    %cst_1209 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5464 = stablehlo.broadcast_in_dim %cst_1209, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5465 = stablehlo.multiply %5464, %arg227 : tensor<2304xf32>
    %5466 = stablehlo.add %5463, %5465 : tensor<2304xf32>
    %5467 = stablehlo.multiply %3436, %3436 : tensor<768x2304xf32>
    %cst_1210 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5468 = stablehlo.broadcast_in_dim %cst_1210, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5469 = stablehlo.multiply %5468, %5467 : tensor<768x2304xf32>
    %cst_1211 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5470 = stablehlo.broadcast_in_dim %cst_1211, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5471 = stablehlo.multiply %5470, %arg228 : tensor<768x2304xf32>
    %5472 = stablehlo.add %5469, %5471 : tensor<768x2304xf32>
    %5473 = stablehlo.multiply %3392, %3392 : tensor<768xf32>
    %cst_1212 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5474 = stablehlo.broadcast_in_dim %cst_1212, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5475 = stablehlo.multiply %5474, %5473 : tensor<768xf32>
    %cst_1213 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5476 = stablehlo.broadcast_in_dim %cst_1213, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5477 = stablehlo.multiply %5476, %arg229 : tensor<768xf32>
    %5478 = stablehlo.add %5475, %5477 : tensor<768xf32>
    %5479 = stablehlo.multiply %3393, %3393 : tensor<768x768xf32>
    %cst_1214 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5480 = stablehlo.broadcast_in_dim %cst_1214, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5481 = stablehlo.multiply %5480, %5479 : tensor<768x768xf32>
    %cst_1215 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5482 = stablehlo.broadcast_in_dim %cst_1215, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5483 = stablehlo.multiply %5482, %arg230 : tensor<768x768xf32>
    %5484 = stablehlo.add %5481, %5483 : tensor<768x768xf32>
    %5485 = stablehlo.multiply %3347, %3347 : tensor<6144xf32>
    %cst_1216 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5486 = stablehlo.broadcast_in_dim %cst_1216, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5487 = stablehlo.multiply %5486, %5485 : tensor<6144xf32>
    %cst_1217 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5488 = stablehlo.broadcast_in_dim %cst_1217, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5489 = stablehlo.multiply %5488, %arg231 : tensor<6144xf32>
    %5490 = stablehlo.add %5487, %5489 : tensor<6144xf32>
    %5491 = stablehlo.multiply %3348, %3348 : tensor<768x6144xf32>
    %cst_1218 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5492 = stablehlo.broadcast_in_dim %cst_1218, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5493 = stablehlo.multiply %5492, %5491 : tensor<768x6144xf32>
    %cst_1219 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5494 = stablehlo.broadcast_in_dim %cst_1219, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5495 = stablehlo.multiply %5494, %arg232 : tensor<768x6144xf32>
    %5496 = stablehlo.add %5493, %5495 : tensor<768x6144xf32>
    %5497 = stablehlo.multiply %3325, %3325 : tensor<768xf32>
    %cst_1220 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5498 = stablehlo.broadcast_in_dim %cst_1220, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5499 = stablehlo.multiply %5498, %5497 : tensor<768xf32>
    %cst_1221 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5500 = stablehlo.broadcast_in_dim %cst_1221, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5501 = stablehlo.multiply %5500, %arg233 : tensor<768xf32>
    %5502 = stablehlo.add %5499, %5501 : tensor<768xf32>
    %5503 = stablehlo.multiply %3326, %3326 : tensor<6144x768xf32>
    %cst_1222 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5504 = stablehlo.broadcast_in_dim %cst_1222, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5505 = stablehlo.multiply %5504, %5503 : tensor<6144x768xf32>
    %cst_1223 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5506 = stablehlo.broadcast_in_dim %cst_1223, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5507 = stablehlo.multiply %5506, %arg234 : tensor<6144x768xf32>
    %5508 = stablehlo.add %5505, %5507 : tensor<6144x768xf32>
    %5509 = stablehlo.multiply %3440, %3440 : tensor<768xf32>
    %cst_1224 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5510 = stablehlo.broadcast_in_dim %cst_1224, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5511 = stablehlo.multiply %5510, %5509 : tensor<768xf32>
    %cst_1225 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5512 = stablehlo.broadcast_in_dim %cst_1225, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5513 = stablehlo.multiply %5512, %arg235 : tensor<768xf32>
    %5514 = stablehlo.add %5511, %5513 : tensor<768xf32>
    %5515 = stablehlo.multiply %3451, %3451 : tensor<768xf32>
    %cst_1226 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5516 = stablehlo.broadcast_in_dim %cst_1226, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5517 = stablehlo.multiply %5516, %5515 : tensor<768xf32>
    %cst_1227 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5518 = stablehlo.broadcast_in_dim %cst_1227, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5519 = stablehlo.multiply %5518, %arg236 : tensor<768xf32>
    %5520 = stablehlo.add %5517, %5519 : tensor<768xf32>
    %5521 = stablehlo.multiply %3352, %3352 : tensor<768xf32>
    %cst_1228 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5522 = stablehlo.broadcast_in_dim %cst_1228, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5523 = stablehlo.multiply %5522, %5521 : tensor<768xf32>
    %cst_1229 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5524 = stablehlo.broadcast_in_dim %cst_1229, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5525 = stablehlo.multiply %5524, %arg237 : tensor<768xf32>
    %5526 = stablehlo.add %5523, %5525 : tensor<768xf32>
    %5527 = stablehlo.multiply %3363, %3363 : tensor<768xf32>
    %cst_1230 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5528 = stablehlo.broadcast_in_dim %cst_1230, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5529 = stablehlo.multiply %5528, %5527 : tensor<768xf32>
    %cst_1231 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5530 = stablehlo.broadcast_in_dim %cst_1231, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5531 = stablehlo.multiply %5530, %arg238 : tensor<768xf32>
    %5532 = stablehlo.add %5529, %5531 : tensor<768xf32>
    %5533 = stablehlo.multiply %3116, %3116 : tensor<2304xf32>
    %cst_1232 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5534 = stablehlo.broadcast_in_dim %cst_1232, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5535 = stablehlo.multiply %5534, %5533 : tensor<2304xf32>
    %cst_1233 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5536 = stablehlo.broadcast_in_dim %cst_1233, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5537 = stablehlo.multiply %5536, %arg239 : tensor<2304xf32>
    %5538 = stablehlo.add %5535, %5537 : tensor<2304xf32>
    %5539 = stablehlo.multiply %3117, %3117 : tensor<768x2304xf32>
    %cst_1234 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5540 = stablehlo.broadcast_in_dim %cst_1234, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5541 = stablehlo.multiply %5540, %5539 : tensor<768x2304xf32>
    %cst_1235 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5542 = stablehlo.broadcast_in_dim %cst_1235, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5543 = stablehlo.multiply %5542, %arg240 : tensor<768x2304xf32>
    %5544 = stablehlo.add %5541, %5543 : tensor<768x2304xf32>
    %5545 = stablehlo.multiply %3073, %3073 : tensor<768xf32>
    %cst_1236 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5546 = stablehlo.broadcast_in_dim %cst_1236, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5547 = stablehlo.multiply %5546, %5545 : tensor<768xf32>
    %cst_1237 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5548 = stablehlo.broadcast_in_dim %cst_1237, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5549 = stablehlo.multiply %5548, %arg241 : tensor<768xf32>
    %5550 = stablehlo.add %5547, %5549 : tensor<768xf32>
    %5551 = stablehlo.multiply %3074, %3074 : tensor<768x768xf32>
    %cst_1238 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5552 = stablehlo.broadcast_in_dim %cst_1238, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5553 = stablehlo.multiply %5552, %5551 : tensor<768x768xf32>
    %cst_1239 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5554 = stablehlo.broadcast_in_dim %cst_1239, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5555 = stablehlo.multiply %5554, %arg242 : tensor<768x768xf32>
    %5556 = stablehlo.add %5553, %5555 : tensor<768x768xf32>
    %5557 = stablehlo.multiply %3121, %3121 : tensor<768xf32>
    %cst_1240 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5558 = stablehlo.broadcast_in_dim %cst_1240, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5559 = stablehlo.multiply %5558, %5557 : tensor<768xf32>
    %cst_1241 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5560 = stablehlo.broadcast_in_dim %cst_1241, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5561 = stablehlo.multiply %5560, %arg243 : tensor<768xf32>
    %5562 = stablehlo.add %5559, %5561 : tensor<768xf32>
    %5563 = stablehlo.multiply %3132, %3132 : tensor<768xf32>
    %cst_1242 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5564 = stablehlo.broadcast_in_dim %cst_1242, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5565 = stablehlo.multiply %5564, %5563 : tensor<768xf32>
    %cst_1243 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5566 = stablehlo.broadcast_in_dim %cst_1243, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5567 = stablehlo.multiply %5566, %arg244 : tensor<768xf32>
    %5568 = stablehlo.add %5565, %5567 : tensor<768xf32>
    %5569 = stablehlo.multiply %3033, %3033 : tensor<768xf32>
    %cst_1244 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5570 = stablehlo.broadcast_in_dim %cst_1244, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5571 = stablehlo.multiply %5570, %5569 : tensor<768xf32>
    %cst_1245 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5572 = stablehlo.broadcast_in_dim %cst_1245, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5573 = stablehlo.multiply %5572, %arg245 : tensor<768xf32>
    %5574 = stablehlo.add %5571, %5573 : tensor<768xf32>
    %5575 = stablehlo.multiply %3044, %3044 : tensor<768xf32>
    %cst_1246 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5576 = stablehlo.broadcast_in_dim %cst_1246, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5577 = stablehlo.multiply %5576, %5575 : tensor<768xf32>
    %cst_1247 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5578 = stablehlo.broadcast_in_dim %cst_1247, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5579 = stablehlo.multiply %5578, %arg246 : tensor<768xf32>
    %5580 = stablehlo.add %5577, %5579 : tensor<768xf32>
    %5581 = stablehlo.multiply %3029, %3029 : tensor<768x16xf32>
    %cst_1248 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5582 = stablehlo.broadcast_in_dim %cst_1248, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5583 = stablehlo.multiply %5582, %5581 : tensor<768x16xf32>
    %cst_1249 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5584 = stablehlo.broadcast_in_dim %cst_1249, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5585 = stablehlo.multiply %5584, %arg247 : tensor<768x16xf32>
    %5586 = stablehlo.add %5583, %5585 : tensor<768x16xf32>
    %5587 = stablehlo.multiply %3028, %3028 : tensor<16x768x6144xf32>
    %cst_1250 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5588 = stablehlo.broadcast_in_dim %cst_1250, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5589 = stablehlo.multiply %5588, %5587 : tensor<16x768x6144xf32>
    %cst_1251 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5590 = stablehlo.broadcast_in_dim %cst_1251, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5591 = stablehlo.multiply %5590, %arg248 : tensor<16x768x6144xf32>
    %5592 = stablehlo.add %5589, %5591 : tensor<16x768x6144xf32>
    %5593 = stablehlo.multiply %3027, %3027 : tensor<16x6144x768xf32>
    %cst_1252 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5594 = stablehlo.broadcast_in_dim %cst_1252, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5595 = stablehlo.multiply %5594, %5593 : tensor<16x6144x768xf32>
    %cst_1253 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5596 = stablehlo.broadcast_in_dim %cst_1253, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5597 = stablehlo.multiply %5596, %arg249 : tensor<16x6144x768xf32>
    %5598 = stablehlo.add %5595, %5597 : tensor<16x6144x768xf32>
    %5599 = stablehlo.multiply %2628, %2628 : tensor<2304xf32>
    %cst_1254 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5600 = stablehlo.broadcast_in_dim %cst_1254, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5601 = stablehlo.multiply %5600, %5599 : tensor<2304xf32>
    %cst_1255 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5602 = stablehlo.broadcast_in_dim %cst_1255, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5603 = stablehlo.multiply %5602, %arg250 : tensor<2304xf32>
    %5604 = stablehlo.add %5601, %5603 : tensor<2304xf32>
    %5605 = stablehlo.multiply %2629, %2629 : tensor<768x2304xf32>
    %cst_1256 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5606 = stablehlo.broadcast_in_dim %cst_1256, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5607 = stablehlo.multiply %5606, %5605 : tensor<768x2304xf32>
    %cst_1257 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5608 = stablehlo.broadcast_in_dim %cst_1257, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5609 = stablehlo.multiply %5608, %arg251 : tensor<768x2304xf32>
    %5610 = stablehlo.add %5607, %5609 : tensor<768x2304xf32>
    %5611 = stablehlo.multiply %2585, %2585 : tensor<768xf32>
    %cst_1258 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5612 = stablehlo.broadcast_in_dim %cst_1258, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5613 = stablehlo.multiply %5612, %5611 : tensor<768xf32>
    %cst_1259 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5614 = stablehlo.broadcast_in_dim %cst_1259, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5615 = stablehlo.multiply %5614, %arg252 : tensor<768xf32>
    %5616 = stablehlo.add %5613, %5615 : tensor<768xf32>
    %5617 = stablehlo.multiply %2586, %2586 : tensor<768x768xf32>
    %cst_1260 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5618 = stablehlo.broadcast_in_dim %cst_1260, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5619 = stablehlo.multiply %5618, %5617 : tensor<768x768xf32>
    %cst_1261 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5620 = stablehlo.broadcast_in_dim %cst_1261, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5621 = stablehlo.multiply %5620, %arg253 : tensor<768x768xf32>
    %5622 = stablehlo.add %5619, %5621 : tensor<768x768xf32>
    %5623 = stablehlo.multiply %2540, %2540 : tensor<6144xf32>
    %cst_1262 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5624 = stablehlo.broadcast_in_dim %cst_1262, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5625 = stablehlo.multiply %5624, %5623 : tensor<6144xf32>
    %cst_1263 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5626 = stablehlo.broadcast_in_dim %cst_1263, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5627 = stablehlo.multiply %5626, %arg254 : tensor<6144xf32>
    %5628 = stablehlo.add %5625, %5627 : tensor<6144xf32>
    %5629 = stablehlo.multiply %2541, %2541 : tensor<768x6144xf32>
    %cst_1264 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5630 = stablehlo.broadcast_in_dim %cst_1264, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5631 = stablehlo.multiply %5630, %5629 : tensor<768x6144xf32>
    %cst_1265 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5632 = stablehlo.broadcast_in_dim %cst_1265, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5633 = stablehlo.multiply %5632, %arg255 : tensor<768x6144xf32>
    %5634 = stablehlo.add %5631, %5633 : tensor<768x6144xf32>
    %5635 = stablehlo.multiply %2518, %2518 : tensor<768xf32>
    %cst_1266 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5636 = stablehlo.broadcast_in_dim %cst_1266, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5637 = stablehlo.multiply %5636, %5635 : tensor<768xf32>
    %cst_1267 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5638 = stablehlo.broadcast_in_dim %cst_1267, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5639 = stablehlo.multiply %5638, %arg256 : tensor<768xf32>
    %5640 = stablehlo.add %5637, %5639 : tensor<768xf32>
    %5641 = stablehlo.multiply %2519, %2519 : tensor<6144x768xf32>
    %cst_1268 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5642 = stablehlo.broadcast_in_dim %cst_1268, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5643 = stablehlo.multiply %5642, %5641 : tensor<6144x768xf32>
    %cst_1269 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5644 = stablehlo.broadcast_in_dim %cst_1269, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5645 = stablehlo.multiply %5644, %arg257 : tensor<6144x768xf32>
    %5646 = stablehlo.add %5643, %5645 : tensor<6144x768xf32>
    %5647 = stablehlo.multiply %2633, %2633 : tensor<768xf32>
    %cst_1270 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5648 = stablehlo.broadcast_in_dim %cst_1270, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5649 = stablehlo.multiply %5648, %5647 : tensor<768xf32>
    %cst_1271 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5650 = stablehlo.broadcast_in_dim %cst_1271, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5651 = stablehlo.multiply %5650, %arg258 : tensor<768xf32>
    %5652 = stablehlo.add %5649, %5651 : tensor<768xf32>
    %5653 = stablehlo.multiply %2644, %2644 : tensor<768xf32>
    %cst_1272 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5654 = stablehlo.broadcast_in_dim %cst_1272, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5655 = stablehlo.multiply %5654, %5653 : tensor<768xf32>
    %cst_1273 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5656 = stablehlo.broadcast_in_dim %cst_1273, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5657 = stablehlo.multiply %5656, %arg259 : tensor<768xf32>
    %5658 = stablehlo.add %5655, %5657 : tensor<768xf32>
    %5659 = stablehlo.multiply %2545, %2545 : tensor<768xf32>
    %cst_1274 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5660 = stablehlo.broadcast_in_dim %cst_1274, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5661 = stablehlo.multiply %5660, %5659 : tensor<768xf32>
    %cst_1275 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5662 = stablehlo.broadcast_in_dim %cst_1275, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5663 = stablehlo.multiply %5662, %arg260 : tensor<768xf32>
    %5664 = stablehlo.add %5661, %5663 : tensor<768xf32>
    %5665 = stablehlo.multiply %2556, %2556 : tensor<768xf32>
    %cst_1276 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5666 = stablehlo.broadcast_in_dim %cst_1276, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5667 = stablehlo.multiply %5666, %5665 : tensor<768xf32>
    %cst_1277 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5668 = stablehlo.broadcast_in_dim %cst_1277, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5669 = stablehlo.multiply %5668, %arg261 : tensor<768xf32>
    %5670 = stablehlo.add %5667, %5669 : tensor<768xf32>
    %5671 = stablehlo.multiply %2309, %2309 : tensor<2304xf32>
    %cst_1278 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5672 = stablehlo.broadcast_in_dim %cst_1278, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5673 = stablehlo.multiply %5672, %5671 : tensor<2304xf32>
    %cst_1279 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5674 = stablehlo.broadcast_in_dim %cst_1279, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5675 = stablehlo.multiply %5674, %arg262 : tensor<2304xf32>
    %5676 = stablehlo.add %5673, %5675 : tensor<2304xf32>
    %5677 = stablehlo.multiply %2310, %2310 : tensor<768x2304xf32>
    %cst_1280 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5678 = stablehlo.broadcast_in_dim %cst_1280, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5679 = stablehlo.multiply %5678, %5677 : tensor<768x2304xf32>
    %cst_1281 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5680 = stablehlo.broadcast_in_dim %cst_1281, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5681 = stablehlo.multiply %5680, %arg263 : tensor<768x2304xf32>
    %5682 = stablehlo.add %5679, %5681 : tensor<768x2304xf32>
    %5683 = stablehlo.multiply %2266, %2266 : tensor<768xf32>
    %cst_1282 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5684 = stablehlo.broadcast_in_dim %cst_1282, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5685 = stablehlo.multiply %5684, %5683 : tensor<768xf32>
    %cst_1283 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5686 = stablehlo.broadcast_in_dim %cst_1283, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5687 = stablehlo.multiply %5686, %arg264 : tensor<768xf32>
    %5688 = stablehlo.add %5685, %5687 : tensor<768xf32>
    %5689 = stablehlo.multiply %2267, %2267 : tensor<768x768xf32>
    %cst_1284 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5690 = stablehlo.broadcast_in_dim %cst_1284, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5691 = stablehlo.multiply %5690, %5689 : tensor<768x768xf32>
    %cst_1285 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5692 = stablehlo.broadcast_in_dim %cst_1285, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5693 = stablehlo.multiply %5692, %arg265 : tensor<768x768xf32>
    %5694 = stablehlo.add %5691, %5693 : tensor<768x768xf32>
    %5695 = stablehlo.multiply %2314, %2314 : tensor<768xf32>
    %cst_1286 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5696 = stablehlo.broadcast_in_dim %cst_1286, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5697 = stablehlo.multiply %5696, %5695 : tensor<768xf32>
    %cst_1287 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5698 = stablehlo.broadcast_in_dim %cst_1287, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5699 = stablehlo.multiply %5698, %arg266 : tensor<768xf32>
    %5700 = stablehlo.add %5697, %5699 : tensor<768xf32>
    %5701 = stablehlo.multiply %2325, %2325 : tensor<768xf32>
    %cst_1288 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5702 = stablehlo.broadcast_in_dim %cst_1288, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5703 = stablehlo.multiply %5702, %5701 : tensor<768xf32>
    %cst_1289 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5704 = stablehlo.broadcast_in_dim %cst_1289, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5705 = stablehlo.multiply %5704, %arg267 : tensor<768xf32>
    %5706 = stablehlo.add %5703, %5705 : tensor<768xf32>
    %5707 = stablehlo.multiply %2226, %2226 : tensor<768xf32>
    %cst_1290 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5708 = stablehlo.broadcast_in_dim %cst_1290, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5709 = stablehlo.multiply %5708, %5707 : tensor<768xf32>
    %cst_1291 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5710 = stablehlo.broadcast_in_dim %cst_1291, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5711 = stablehlo.multiply %5710, %arg268 : tensor<768xf32>
    %5712 = stablehlo.add %5709, %5711 : tensor<768xf32>
    %5713 = stablehlo.multiply %2237, %2237 : tensor<768xf32>
    %cst_1292 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5714 = stablehlo.broadcast_in_dim %cst_1292, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5715 = stablehlo.multiply %5714, %5713 : tensor<768xf32>
    %cst_1293 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5716 = stablehlo.broadcast_in_dim %cst_1293, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5717 = stablehlo.multiply %5716, %arg269 : tensor<768xf32>
    %5718 = stablehlo.add %5715, %5717 : tensor<768xf32>
    %5719 = stablehlo.multiply %2222, %2222 : tensor<768x16xf32>
    %cst_1294 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5720 = stablehlo.broadcast_in_dim %cst_1294, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5721 = stablehlo.multiply %5720, %5719 : tensor<768x16xf32>
    %cst_1295 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5722 = stablehlo.broadcast_in_dim %cst_1295, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5723 = stablehlo.multiply %5722, %arg270 : tensor<768x16xf32>
    %5724 = stablehlo.add %5721, %5723 : tensor<768x16xf32>
    %5725 = stablehlo.multiply %2221, %2221 : tensor<16x768x6144xf32>
    %cst_1296 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5726 = stablehlo.broadcast_in_dim %cst_1296, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5727 = stablehlo.multiply %5726, %5725 : tensor<16x768x6144xf32>
    %cst_1297 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5728 = stablehlo.broadcast_in_dim %cst_1297, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5729 = stablehlo.multiply %5728, %arg271 : tensor<16x768x6144xf32>
    %5730 = stablehlo.add %5727, %5729 : tensor<16x768x6144xf32>
    %5731 = stablehlo.multiply %2220, %2220 : tensor<16x6144x768xf32>
    %cst_1298 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5732 = stablehlo.broadcast_in_dim %cst_1298, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5733 = stablehlo.multiply %5732, %5731 : tensor<16x6144x768xf32>
    %cst_1299 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5734 = stablehlo.broadcast_in_dim %cst_1299, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5735 = stablehlo.multiply %5734, %arg272 : tensor<16x6144x768xf32>
    %5736 = stablehlo.add %5733, %5735 : tensor<16x6144x768xf32>
    %5737 = stablehlo.multiply %1821, %1821 : tensor<2304xf32>
    %cst_1300 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5738 = stablehlo.broadcast_in_dim %cst_1300, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5739 = stablehlo.multiply %5738, %5737 : tensor<2304xf32>
    %cst_1301 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5740 = stablehlo.broadcast_in_dim %cst_1301, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5741 = stablehlo.multiply %5740, %arg273 : tensor<2304xf32>
    %5742 = stablehlo.add %5739, %5741 : tensor<2304xf32>
    %5743 = stablehlo.multiply %1822, %1822 : tensor<768x2304xf32>
    %cst_1302 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5744 = stablehlo.broadcast_in_dim %cst_1302, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5745 = stablehlo.multiply %5744, %5743 : tensor<768x2304xf32>
    %cst_1303 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5746 = stablehlo.broadcast_in_dim %cst_1303, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5747 = stablehlo.multiply %5746, %arg274 : tensor<768x2304xf32>
    %5748 = stablehlo.add %5745, %5747 : tensor<768x2304xf32>
    %5749 = stablehlo.multiply %1778, %1778 : tensor<768xf32>
    %cst_1304 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5750 = stablehlo.broadcast_in_dim %cst_1304, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5751 = stablehlo.multiply %5750, %5749 : tensor<768xf32>
    %cst_1305 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5752 = stablehlo.broadcast_in_dim %cst_1305, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5753 = stablehlo.multiply %5752, %arg275 : tensor<768xf32>
    %5754 = stablehlo.add %5751, %5753 : tensor<768xf32>
    %5755 = stablehlo.multiply %1779, %1779 : tensor<768x768xf32>
    %cst_1306 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5756 = stablehlo.broadcast_in_dim %cst_1306, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5757 = stablehlo.multiply %5756, %5755 : tensor<768x768xf32>
    %cst_1307 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5758 = stablehlo.broadcast_in_dim %cst_1307, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5759 = stablehlo.multiply %5758, %arg276 : tensor<768x768xf32>
    %5760 = stablehlo.add %5757, %5759 : tensor<768x768xf32>
    %5761 = stablehlo.multiply %1733, %1733 : tensor<6144xf32>
    %cst_1308 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5762 = stablehlo.broadcast_in_dim %cst_1308, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5763 = stablehlo.multiply %5762, %5761 : tensor<6144xf32>
    %cst_1309 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5764 = stablehlo.broadcast_in_dim %cst_1309, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5765 = stablehlo.multiply %5764, %arg277 : tensor<6144xf32>
    %5766 = stablehlo.add %5763, %5765 : tensor<6144xf32>
    %5767 = stablehlo.multiply %1734, %1734 : tensor<768x6144xf32>
    %cst_1310 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5768 = stablehlo.broadcast_in_dim %cst_1310, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5769 = stablehlo.multiply %5768, %5767 : tensor<768x6144xf32>
    %cst_1311 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5770 = stablehlo.broadcast_in_dim %cst_1311, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5771 = stablehlo.multiply %5770, %arg278 : tensor<768x6144xf32>
    %5772 = stablehlo.add %5769, %5771 : tensor<768x6144xf32>
    %5773 = stablehlo.multiply %1711, %1711 : tensor<768xf32>
    %cst_1312 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5774 = stablehlo.broadcast_in_dim %cst_1312, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5775 = stablehlo.multiply %5774, %5773 : tensor<768xf32>
    %cst_1313 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5776 = stablehlo.broadcast_in_dim %cst_1313, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5777 = stablehlo.multiply %5776, %arg279 : tensor<768xf32>
    %5778 = stablehlo.add %5775, %5777 : tensor<768xf32>
    %5779 = stablehlo.multiply %1712, %1712 : tensor<6144x768xf32>
    %cst_1314 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5780 = stablehlo.broadcast_in_dim %cst_1314, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5781 = stablehlo.multiply %5780, %5779 : tensor<6144x768xf32>
    %cst_1315 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5782 = stablehlo.broadcast_in_dim %cst_1315, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5783 = stablehlo.multiply %5782, %arg280 : tensor<6144x768xf32>
    %5784 = stablehlo.add %5781, %5783 : tensor<6144x768xf32>
    %5785 = stablehlo.multiply %1826, %1826 : tensor<768xf32>
    %cst_1316 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5786 = stablehlo.broadcast_in_dim %cst_1316, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5787 = stablehlo.multiply %5786, %5785 : tensor<768xf32>
    %cst_1317 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5788 = stablehlo.broadcast_in_dim %cst_1317, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5789 = stablehlo.multiply %5788, %arg281 : tensor<768xf32>
    %5790 = stablehlo.add %5787, %5789 : tensor<768xf32>
    %5791 = stablehlo.multiply %1837, %1837 : tensor<768xf32>
    %cst_1318 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5792 = stablehlo.broadcast_in_dim %cst_1318, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5793 = stablehlo.multiply %5792, %5791 : tensor<768xf32>
    %cst_1319 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5794 = stablehlo.broadcast_in_dim %cst_1319, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5795 = stablehlo.multiply %5794, %arg282 : tensor<768xf32>
    %5796 = stablehlo.add %5793, %5795 : tensor<768xf32>
    %5797 = stablehlo.multiply %1738, %1738 : tensor<768xf32>
    %cst_1320 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5798 = stablehlo.broadcast_in_dim %cst_1320, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5799 = stablehlo.multiply %5798, %5797 : tensor<768xf32>
    %cst_1321 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5800 = stablehlo.broadcast_in_dim %cst_1321, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5801 = stablehlo.multiply %5800, %arg283 : tensor<768xf32>
    %5802 = stablehlo.add %5799, %5801 : tensor<768xf32>
    %5803 = stablehlo.multiply %1749, %1749 : tensor<768xf32>
    %cst_1322 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5804 = stablehlo.broadcast_in_dim %cst_1322, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5805 = stablehlo.multiply %5804, %5803 : tensor<768xf32>
    %cst_1323 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5806 = stablehlo.broadcast_in_dim %cst_1323, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5807 = stablehlo.multiply %5806, %arg284 : tensor<768xf32>
    %5808 = stablehlo.add %5805, %5807 : tensor<768xf32>
    %5809 = stablehlo.multiply %1508, %1508 : tensor<768xf32>
    %cst_1324 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5810 = stablehlo.broadcast_in_dim %cst_1324, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5811 = stablehlo.multiply %5810, %5809 : tensor<768xf32>
    %cst_1325 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5812 = stablehlo.broadcast_in_dim %cst_1325, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5813 = stablehlo.multiply %5812, %arg285 : tensor<768xf32>
    %5814 = stablehlo.add %5811, %5813 : tensor<768xf32>
    %5815 = stablehlo.multiply %1519, %1519 : tensor<768xf32>
    %cst_1326 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5816 = stablehlo.broadcast_in_dim %cst_1326, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5817 = stablehlo.multiply %5816, %5815 : tensor<768xf32>
    %cst_1327 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5818 = stablehlo.broadcast_in_dim %cst_1327, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5819 = stablehlo.multiply %5818, %arg286 : tensor<768xf32>
    %5820 = stablehlo.add %5817, %5819 : tensor<768xf32>
    %5821 = stablehlo.multiply %4773, %4773 : tensor<1024x768xf32>
    %cst_1328 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5822 = stablehlo.broadcast_in_dim %cst_1328, dims = [] : (tensor<f32>) -> tensor<1024x768xf32>
    %5823 = stablehlo.multiply %5822, %5821 : tensor<1024x768xf32>
    %cst_1329 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5824 = stablehlo.broadcast_in_dim %cst_1329, dims = [] : (tensor<f32>) -> tensor<1024x768xf32>
    %5825 = stablehlo.multiply %5824, %arg287 : tensor<1024x768xf32>
    %5826 = stablehlo.add %5823, %5825 : tensor<1024x768xf32>
    %5827 = stablehlo.multiply %4776, %4776 : tensor<32000x768xf32>
    %cst_1330 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5828 = stablehlo.broadcast_in_dim %cst_1330, dims = [] : (tensor<f32>) -> tensor<32000x768xf32>
    %5829 = stablehlo.multiply %5828, %5827 : tensor<32000x768xf32>
    %cst_1331 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5830 = stablehlo.broadcast_in_dim %cst_1331, dims = [] : (tensor<f32>) -> tensor<32000x768xf32>
    %5831 = stablehlo.multiply %5830, %arg288 : tensor<32000x768xf32>
    %5832 = stablehlo.add %5829, %5831 : tensor<32000x768xf32>
    %c_1332 = stablehlo.constant dense<2147483647> : tensor<i32>
    %5833 = stablehlo.compare LT, %arg96, %c_1332, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_1333 = stablehlo.constant dense<1> : tensor<i32>
    %5834 = stablehlo.add %arg96, %c_1333 : tensor<i32>
    %c_1334 = stablehlo.constant dense<2147483647> : tensor<i32>
    %5835 = call @_where_22(%5833, %5834, %c_1334) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %5836 = stablehlo.convert %5835 : (tensor<i32>) -> tensor<f32>
    %cst_1335 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5837 = stablehlo.convert %5835 : (tensor<i32>) -> tensor<f32>
    %5838 = stablehlo.power %cst_1335, %5837 : tensor<f32>
    %cst_1336 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %5839 = stablehlo.subtract %cst_1336, %5838 : tensor<f32>
    %5840 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5841 = stablehlo.divide %4781, %5840 : tensor<2304xf32>
    %5842 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5843 = stablehlo.divide %4786, %5842 : tensor<768x2304xf32>
    %5844 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5845 = stablehlo.divide %4791, %5844 : tensor<768xf32>
    %5846 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5847 = stablehlo.divide %4796, %5846 : tensor<768x768xf32>
    %5848 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5849 = stablehlo.divide %4801, %5848 : tensor<768xf32>
    %5850 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5851 = stablehlo.divide %4806, %5850 : tensor<768xf32>
    %5852 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5853 = stablehlo.divide %4811, %5852 : tensor<768xf32>
    %5854 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5855 = stablehlo.divide %4816, %5854 : tensor<768xf32>
    %5856 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5857 = stablehlo.divide %4821, %5856 : tensor<768x16xf32>
    %5858 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5859 = stablehlo.divide %4826, %5858 : tensor<16x768x6144xf32>
    %5860 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5861 = stablehlo.divide %4831, %5860 : tensor<16x6144x768xf32>
    %5862 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5863 = stablehlo.divide %4836, %5862 : tensor<2304xf32>
    %5864 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5865 = stablehlo.divide %4841, %5864 : tensor<768x2304xf32>
    %5866 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5867 = stablehlo.divide %4846, %5866 : tensor<768xf32>
    %5868 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5869 = stablehlo.divide %4851, %5868 : tensor<768x768xf32>
    %5870 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5871 = stablehlo.divide %4856, %5870 : tensor<6144xf32>
    %5872 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5873 = stablehlo.divide %4861, %5872 : tensor<768x6144xf32>
    %5874 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5875 = stablehlo.divide %4866, %5874 : tensor<768xf32>
    %5876 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5877 = stablehlo.divide %4871, %5876 : tensor<6144x768xf32>
    %5878 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5879 = stablehlo.divide %4876, %5878 : tensor<768xf32>
    %5880 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5881 = stablehlo.divide %4881, %5880 : tensor<768xf32>
    %5882 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5883 = stablehlo.divide %4886, %5882 : tensor<768xf32>
    %5884 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5885 = stablehlo.divide %4891, %5884 : tensor<768xf32>
    %5886 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5887 = stablehlo.divide %4896, %5886 : tensor<2304xf32>
    %5888 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5889 = stablehlo.divide %4901, %5888 : tensor<768x2304xf32>
    %5890 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5891 = stablehlo.divide %4906, %5890 : tensor<768xf32>
    %5892 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5893 = stablehlo.divide %4911, %5892 : tensor<768x768xf32>
    %5894 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5895 = stablehlo.divide %4916, %5894 : tensor<768xf32>
    %5896 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5897 = stablehlo.divide %4921, %5896 : tensor<768xf32>
    %5898 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5899 = stablehlo.divide %4926, %5898 : tensor<768xf32>
    %5900 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5901 = stablehlo.divide %4931, %5900 : tensor<768xf32>
    %5902 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5903 = stablehlo.divide %4936, %5902 : tensor<768x16xf32>
    %5904 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5905 = stablehlo.divide %4941, %5904 : tensor<16x768x6144xf32>
    %5906 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5907 = stablehlo.divide %4946, %5906 : tensor<16x6144x768xf32>
    %5908 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5909 = stablehlo.divide %4951, %5908 : tensor<2304xf32>
    %5910 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5911 = stablehlo.divide %4956, %5910 : tensor<768x2304xf32>
    %5912 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5913 = stablehlo.divide %4961, %5912 : tensor<768xf32>
    %5914 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5915 = stablehlo.divide %4966, %5914 : tensor<768x768xf32>
    %5916 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5917 = stablehlo.divide %4971, %5916 : tensor<6144xf32>
    %5918 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5919 = stablehlo.divide %4976, %5918 : tensor<768x6144xf32>
    %5920 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5921 = stablehlo.divide %4981, %5920 : tensor<768xf32>
    %5922 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5923 = stablehlo.divide %4986, %5922 : tensor<6144x768xf32>
    %5924 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5925 = stablehlo.divide %4991, %5924 : tensor<768xf32>
    %5926 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5927 = stablehlo.divide %4996, %5926 : tensor<768xf32>
    %5928 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5929 = stablehlo.divide %5001, %5928 : tensor<768xf32>
    %5930 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5931 = stablehlo.divide %5006, %5930 : tensor<768xf32>
    %5932 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5933 = stablehlo.divide %5011, %5932 : tensor<2304xf32>
    %5934 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5935 = stablehlo.divide %5016, %5934 : tensor<768x2304xf32>
    %5936 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5937 = stablehlo.divide %5021, %5936 : tensor<768xf32>
    %5938 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5939 = stablehlo.divide %5026, %5938 : tensor<768x768xf32>
    %5940 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5941 = stablehlo.divide %5031, %5940 : tensor<768xf32>
    %5942 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5943 = stablehlo.divide %5036, %5942 : tensor<768xf32>
    %5944 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5945 = stablehlo.divide %5041, %5944 : tensor<768xf32>
    %5946 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5947 = stablehlo.divide %5046, %5946 : tensor<768xf32>
    %5948 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5949 = stablehlo.divide %5051, %5948 : tensor<768x16xf32>
    %5950 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5951 = stablehlo.divide %5056, %5950 : tensor<16x768x6144xf32>
    %5952 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5953 = stablehlo.divide %5061, %5952 : tensor<16x6144x768xf32>
    %5954 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5955 = stablehlo.divide %5066, %5954 : tensor<2304xf32>
    %5956 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5957 = stablehlo.divide %5071, %5956 : tensor<768x2304xf32>
    %5958 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5959 = stablehlo.divide %5076, %5958 : tensor<768xf32>
    %5960 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5961 = stablehlo.divide %5081, %5960 : tensor<768x768xf32>
    %5962 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %5963 = stablehlo.divide %5086, %5962 : tensor<6144xf32>
    %5964 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %5965 = stablehlo.divide %5091, %5964 : tensor<768x6144xf32>
    %5966 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5967 = stablehlo.divide %5096, %5966 : tensor<768xf32>
    %5968 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %5969 = stablehlo.divide %5101, %5968 : tensor<6144x768xf32>
    %5970 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5971 = stablehlo.divide %5106, %5970 : tensor<768xf32>
    %5972 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5973 = stablehlo.divide %5111, %5972 : tensor<768xf32>
    %5974 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5975 = stablehlo.divide %5116, %5974 : tensor<768xf32>
    %5976 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5977 = stablehlo.divide %5121, %5976 : tensor<768xf32>
    %5978 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %5979 = stablehlo.divide %5126, %5978 : tensor<2304xf32>
    %5980 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %5981 = stablehlo.divide %5131, %5980 : tensor<768x2304xf32>
    %5982 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5983 = stablehlo.divide %5136, %5982 : tensor<768xf32>
    %5984 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %5985 = stablehlo.divide %5141, %5984 : tensor<768x768xf32>
    %5986 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5987 = stablehlo.divide %5146, %5986 : tensor<768xf32>
    %5988 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5989 = stablehlo.divide %5151, %5988 : tensor<768xf32>
    %5990 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5991 = stablehlo.divide %5156, %5990 : tensor<768xf32>
    %5992 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %5993 = stablehlo.divide %5161, %5992 : tensor<768xf32>
    %5994 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %5995 = stablehlo.divide %5166, %5994 : tensor<768x16xf32>
    %5996 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %5997 = stablehlo.divide %5171, %5996 : tensor<16x768x6144xf32>
    %5998 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %5999 = stablehlo.divide %5176, %5998 : tensor<16x6144x768xf32>
    %6000 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6001 = stablehlo.divide %5181, %6000 : tensor<2304xf32>
    %6002 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6003 = stablehlo.divide %5186, %6002 : tensor<768x2304xf32>
    %6004 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6005 = stablehlo.divide %5191, %6004 : tensor<768xf32>
    %6006 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6007 = stablehlo.divide %5196, %6006 : tensor<768x768xf32>
    %6008 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6009 = stablehlo.divide %5201, %6008 : tensor<6144xf32>
    %6010 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6011 = stablehlo.divide %5206, %6010 : tensor<768x6144xf32>
    %6012 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6013 = stablehlo.divide %5211, %6012 : tensor<768xf32>
    %6014 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6015 = stablehlo.divide %5216, %6014 : tensor<6144x768xf32>
    %6016 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6017 = stablehlo.divide %5221, %6016 : tensor<768xf32>
    %6018 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6019 = stablehlo.divide %5226, %6018 : tensor<768xf32>
    %6020 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6021 = stablehlo.divide %5231, %6020 : tensor<768xf32>
    %6022 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6023 = stablehlo.divide %5236, %6022 : tensor<768xf32>
    %6024 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6025 = stablehlo.divide %5241, %6024 : tensor<768xf32>
    %6026 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6027 = stablehlo.divide %5246, %6026 : tensor<768xf32>
    %6028 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<1024x768xf32>
    %6029 = stablehlo.divide %5251, %6028 : tensor<1024x768xf32>
    %6030 = stablehlo.broadcast_in_dim %5839, dims = [] : (tensor<f32>) -> tensor<32000x768xf32>
    %6031 = stablehlo.divide %5256, %6030 : tensor<32000x768xf32>
    %6032 = stablehlo.convert %5835 : (tensor<i32>) -> tensor<f32>
    %cst_1337 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %6033 = stablehlo.convert %5835 : (tensor<i32>) -> tensor<f32>
    %6034 = stablehlo.power %cst_1337, %6033 : tensor<f32>
    %cst_1338 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %6035 = stablehlo.subtract %cst_1338, %6034 : tensor<f32>
    %6036 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6037 = stablehlo.divide %5262, %6036 : tensor<2304xf32>
    %6038 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6039 = stablehlo.divide %5268, %6038 : tensor<768x2304xf32>
    %6040 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6041 = stablehlo.divide %5274, %6040 : tensor<768xf32>
    %6042 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6043 = stablehlo.divide %5280, %6042 : tensor<768x768xf32>
    %6044 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6045 = stablehlo.divide %5286, %6044 : tensor<768xf32>
    %6046 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6047 = stablehlo.divide %5292, %6046 : tensor<768xf32>
    %6048 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6049 = stablehlo.divide %5298, %6048 : tensor<768xf32>
    %6050 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6051 = stablehlo.divide %5304, %6050 : tensor<768xf32>
    %6052 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6053 = stablehlo.divide %5310, %6052 : tensor<768x16xf32>
    %6054 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6055 = stablehlo.divide %5316, %6054 : tensor<16x768x6144xf32>
    %6056 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6057 = stablehlo.divide %5322, %6056 : tensor<16x6144x768xf32>
    %6058 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6059 = stablehlo.divide %5328, %6058 : tensor<2304xf32>
    %6060 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6061 = stablehlo.divide %5334, %6060 : tensor<768x2304xf32>
    %6062 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6063 = stablehlo.divide %5340, %6062 : tensor<768xf32>
    %6064 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6065 = stablehlo.divide %5346, %6064 : tensor<768x768xf32>
    %6066 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6067 = stablehlo.divide %5352, %6066 : tensor<6144xf32>
    %6068 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6069 = stablehlo.divide %5358, %6068 : tensor<768x6144xf32>
    %6070 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6071 = stablehlo.divide %5364, %6070 : tensor<768xf32>
    %6072 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6073 = stablehlo.divide %5370, %6072 : tensor<6144x768xf32>
    %6074 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6075 = stablehlo.divide %5376, %6074 : tensor<768xf32>
    %6076 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6077 = stablehlo.divide %5382, %6076 : tensor<768xf32>
    %6078 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6079 = stablehlo.divide %5388, %6078 : tensor<768xf32>
    %6080 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6081 = stablehlo.divide %5394, %6080 : tensor<768xf32>
    %6082 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6083 = stablehlo.divide %5400, %6082 : tensor<2304xf32>
    %6084 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6085 = stablehlo.divide %5406, %6084 : tensor<768x2304xf32>
    %6086 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6087 = stablehlo.divide %5412, %6086 : tensor<768xf32>
    %6088 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6089 = stablehlo.divide %5418, %6088 : tensor<768x768xf32>
    %6090 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6091 = stablehlo.divide %5424, %6090 : tensor<768xf32>
    %6092 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6093 = stablehlo.divide %5430, %6092 : tensor<768xf32>
    %6094 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6095 = stablehlo.divide %5436, %6094 : tensor<768xf32>
    %6096 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6097 = stablehlo.divide %5442, %6096 : tensor<768xf32>
    %6098 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6099 = stablehlo.divide %5448, %6098 : tensor<768x16xf32>
    %6100 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6101 = stablehlo.divide %5454, %6100 : tensor<16x768x6144xf32>
    %6102 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6103 = stablehlo.divide %5460, %6102 : tensor<16x6144x768xf32>
    %6104 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6105 = stablehlo.divide %5466, %6104 : tensor<2304xf32>
    %6106 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6107 = stablehlo.divide %5472, %6106 : tensor<768x2304xf32>
    %6108 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6109 = stablehlo.divide %5478, %6108 : tensor<768xf32>
    %6110 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6111 = stablehlo.divide %5484, %6110 : tensor<768x768xf32>
    %6112 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6113 = stablehlo.divide %5490, %6112 : tensor<6144xf32>
    %6114 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6115 = stablehlo.divide %5496, %6114 : tensor<768x6144xf32>
    %6116 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6117 = stablehlo.divide %5502, %6116 : tensor<768xf32>
    %6118 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6119 = stablehlo.divide %5508, %6118 : tensor<6144x768xf32>
    %6120 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6121 = stablehlo.divide %5514, %6120 : tensor<768xf32>
    %6122 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6123 = stablehlo.divide %5520, %6122 : tensor<768xf32>
    %6124 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6125 = stablehlo.divide %5526, %6124 : tensor<768xf32>
    %6126 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6127 = stablehlo.divide %5532, %6126 : tensor<768xf32>
    %6128 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6129 = stablehlo.divide %5538, %6128 : tensor<2304xf32>
    %6130 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6131 = stablehlo.divide %5544, %6130 : tensor<768x2304xf32>
    %6132 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6133 = stablehlo.divide %5550, %6132 : tensor<768xf32>
    %6134 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6135 = stablehlo.divide %5556, %6134 : tensor<768x768xf32>
    %6136 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6137 = stablehlo.divide %5562, %6136 : tensor<768xf32>
    %6138 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6139 = stablehlo.divide %5568, %6138 : tensor<768xf32>
    %6140 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6141 = stablehlo.divide %5574, %6140 : tensor<768xf32>
    %6142 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6143 = stablehlo.divide %5580, %6142 : tensor<768xf32>
    %6144 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6145 = stablehlo.divide %5586, %6144 : tensor<768x16xf32>
    %6146 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6147 = stablehlo.divide %5592, %6146 : tensor<16x768x6144xf32>
    %6148 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6149 = stablehlo.divide %5598, %6148 : tensor<16x6144x768xf32>
    %6150 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6151 = stablehlo.divide %5604, %6150 : tensor<2304xf32>
    %6152 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6153 = stablehlo.divide %5610, %6152 : tensor<768x2304xf32>
    %6154 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6155 = stablehlo.divide %5616, %6154 : tensor<768xf32>
    %6156 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6157 = stablehlo.divide %5622, %6156 : tensor<768x768xf32>
    %6158 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6159 = stablehlo.divide %5628, %6158 : tensor<6144xf32>
    %6160 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6161 = stablehlo.divide %5634, %6160 : tensor<768x6144xf32>
    %6162 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6163 = stablehlo.divide %5640, %6162 : tensor<768xf32>
    %6164 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6165 = stablehlo.divide %5646, %6164 : tensor<6144x768xf32>
    %6166 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6167 = stablehlo.divide %5652, %6166 : tensor<768xf32>
    %6168 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6169 = stablehlo.divide %5658, %6168 : tensor<768xf32>
    %6170 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6171 = stablehlo.divide %5664, %6170 : tensor<768xf32>
    %6172 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6173 = stablehlo.divide %5670, %6172 : tensor<768xf32>
    %6174 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6175 = stablehlo.divide %5676, %6174 : tensor<2304xf32>
    %6176 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6177 = stablehlo.divide %5682, %6176 : tensor<768x2304xf32>
    %6178 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6179 = stablehlo.divide %5688, %6178 : tensor<768xf32>
    %6180 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6181 = stablehlo.divide %5694, %6180 : tensor<768x768xf32>
    %6182 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6183 = stablehlo.divide %5700, %6182 : tensor<768xf32>
    %6184 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6185 = stablehlo.divide %5706, %6184 : tensor<768xf32>
    %6186 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6187 = stablehlo.divide %5712, %6186 : tensor<768xf32>
    %6188 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6189 = stablehlo.divide %5718, %6188 : tensor<768xf32>
    %6190 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6191 = stablehlo.divide %5724, %6190 : tensor<768x16xf32>
    %6192 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6193 = stablehlo.divide %5730, %6192 : tensor<16x768x6144xf32>
    %6194 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6195 = stablehlo.divide %5736, %6194 : tensor<16x6144x768xf32>
    %6196 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6197 = stablehlo.divide %5742, %6196 : tensor<2304xf32>
    %6198 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6199 = stablehlo.divide %5748, %6198 : tensor<768x2304xf32>
    %6200 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6201 = stablehlo.divide %5754, %6200 : tensor<768xf32>
    %6202 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6203 = stablehlo.divide %5760, %6202 : tensor<768x768xf32>
    %6204 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6205 = stablehlo.divide %5766, %6204 : tensor<6144xf32>
    %6206 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6207 = stablehlo.divide %5772, %6206 : tensor<768x6144xf32>
    %6208 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6209 = stablehlo.divide %5778, %6208 : tensor<768xf32>
    %6210 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6211 = stablehlo.divide %5784, %6210 : tensor<6144x768xf32>
    %6212 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6213 = stablehlo.divide %5790, %6212 : tensor<768xf32>
    %6214 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6215 = stablehlo.divide %5796, %6214 : tensor<768xf32>
    %6216 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6217 = stablehlo.divide %5802, %6216 : tensor<768xf32>
    %6218 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6219 = stablehlo.divide %5808, %6218 : tensor<768xf32>
    %6220 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6221 = stablehlo.divide %5814, %6220 : tensor<768xf32>
    %6222 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6223 = stablehlo.divide %5820, %6222 : tensor<768xf32>
    %6224 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<1024x768xf32>
    %6225 = stablehlo.divide %5826, %6224 : tensor<1024x768xf32>
    %6226 = stablehlo.broadcast_in_dim %6035, dims = [] : (tensor<f32>) -> tensor<32000x768xf32>
    %6227 = stablehlo.divide %5832, %6226 : tensor<32000x768xf32>
    %cst_1339 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6228 = stablehlo.broadcast_in_dim %cst_1339, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6229 = stablehlo.add %6037, %6228 : tensor<2304xf32>
    %6230 = stablehlo.sqrt %6229 : tensor<2304xf32>
    %cst_1340 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6231 = stablehlo.broadcast_in_dim %cst_1340, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6232 = stablehlo.add %6230, %6231 : tensor<2304xf32>
    %6233 = stablehlo.divide %5841, %6232 : tensor<2304xf32>
    %cst_1341 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6234 = stablehlo.broadcast_in_dim %cst_1341, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6235 = stablehlo.add %6039, %6234 : tensor<768x2304xf32>
    %6236 = stablehlo.sqrt %6235 : tensor<768x2304xf32>
    %cst_1342 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6237 = stablehlo.broadcast_in_dim %cst_1342, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6238 = stablehlo.add %6236, %6237 : tensor<768x2304xf32>
    %6239 = stablehlo.divide %5843, %6238 : tensor<768x2304xf32>
    %cst_1343 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6240 = stablehlo.broadcast_in_dim %cst_1343, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6241 = stablehlo.add %6041, %6240 : tensor<768xf32>
    %6242 = stablehlo.sqrt %6241 : tensor<768xf32>
    %cst_1344 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6243 = stablehlo.broadcast_in_dim %cst_1344, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6244 = stablehlo.add %6242, %6243 : tensor<768xf32>
    %6245 = stablehlo.divide %5845, %6244 : tensor<768xf32>
    %cst_1345 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6246 = stablehlo.broadcast_in_dim %cst_1345, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6247 = stablehlo.add %6043, %6246 : tensor<768x768xf32>
    %6248 = stablehlo.sqrt %6247 : tensor<768x768xf32>
    %cst_1346 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6249 = stablehlo.broadcast_in_dim %cst_1346, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6250 = stablehlo.add %6248, %6249 : tensor<768x768xf32>
    %6251 = stablehlo.divide %5847, %6250 : tensor<768x768xf32>
    %cst_1347 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6252 = stablehlo.broadcast_in_dim %cst_1347, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6253 = stablehlo.add %6045, %6252 : tensor<768xf32>
    %6254 = stablehlo.sqrt %6253 : tensor<768xf32>
    %cst_1348 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6255 = stablehlo.broadcast_in_dim %cst_1348, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6256 = stablehlo.add %6254, %6255 : tensor<768xf32>
    %6257 = stablehlo.divide %5849, %6256 : tensor<768xf32>
    %cst_1349 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6258 = stablehlo.broadcast_in_dim %cst_1349, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6259 = stablehlo.add %6047, %6258 : tensor<768xf32>
    %6260 = stablehlo.sqrt %6259 : tensor<768xf32>
    %cst_1350 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6261 = stablehlo.broadcast_in_dim %cst_1350, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6262 = stablehlo.add %6260, %6261 : tensor<768xf32>
    %6263 = stablehlo.divide %5851, %6262 : tensor<768xf32>
    %cst_1351 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6264 = stablehlo.broadcast_in_dim %cst_1351, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6265 = stablehlo.add %6049, %6264 : tensor<768xf32>
    %6266 = stablehlo.sqrt %6265 : tensor<768xf32>
    %cst_1352 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6267 = stablehlo.broadcast_in_dim %cst_1352, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6268 = stablehlo.add %6266, %6267 : tensor<768xf32>
    %6269 = stablehlo.divide %5853, %6268 : tensor<768xf32>
    %cst_1353 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6270 = stablehlo.broadcast_in_dim %cst_1353, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6271 = stablehlo.add %6051, %6270 : tensor<768xf32>
    %6272 = stablehlo.sqrt %6271 : tensor<768xf32>
    %cst_1354 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6273 = stablehlo.broadcast_in_dim %cst_1354, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6274 = stablehlo.add %6272, %6273 : tensor<768xf32>
    %6275 = stablehlo.divide %5855, %6274 : tensor<768xf32>
    %cst_1355 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6276 = stablehlo.broadcast_in_dim %cst_1355, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6277 = stablehlo.add %6053, %6276 : tensor<768x16xf32>
    %6278 = stablehlo.sqrt %6277 : tensor<768x16xf32>
    %cst_1356 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6279 = stablehlo.broadcast_in_dim %cst_1356, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6280 = stablehlo.add %6278, %6279 : tensor<768x16xf32>
    %6281 = stablehlo.divide %5857, %6280 : tensor<768x16xf32>
    %cst_1357 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6282 = stablehlo.broadcast_in_dim %cst_1357, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6283 = stablehlo.add %6055, %6282 : tensor<16x768x6144xf32>
    %6284 = stablehlo.sqrt %6283 : tensor<16x768x6144xf32>
    %cst_1358 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6285 = stablehlo.broadcast_in_dim %cst_1358, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6286 = stablehlo.add %6284, %6285 : tensor<16x768x6144xf32>
    %6287 = stablehlo.divide %5859, %6286 : tensor<16x768x6144xf32>
    %cst_1359 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6288 = stablehlo.broadcast_in_dim %cst_1359, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6289 = stablehlo.add %6057, %6288 : tensor<16x6144x768xf32>
    %6290 = stablehlo.sqrt %6289 : tensor<16x6144x768xf32>
    %cst_1360 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6291 = stablehlo.broadcast_in_dim %cst_1360, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6292 = stablehlo.add %6290, %6291 : tensor<16x6144x768xf32>
    %6293 = stablehlo.divide %5861, %6292 : tensor<16x6144x768xf32>
    %cst_1361 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6294 = stablehlo.broadcast_in_dim %cst_1361, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6295 = stablehlo.add %6059, %6294 : tensor<2304xf32>
    %6296 = stablehlo.sqrt %6295 : tensor<2304xf32>
    %cst_1362 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6297 = stablehlo.broadcast_in_dim %cst_1362, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6298 = stablehlo.add %6296, %6297 : tensor<2304xf32>
    %6299 = stablehlo.divide %5863, %6298 : tensor<2304xf32>
    %cst_1363 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6300 = stablehlo.broadcast_in_dim %cst_1363, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6301 = stablehlo.add %6061, %6300 : tensor<768x2304xf32>
    %6302 = stablehlo.sqrt %6301 : tensor<768x2304xf32>
    %cst_1364 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6303 = stablehlo.broadcast_in_dim %cst_1364, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6304 = stablehlo.add %6302, %6303 : tensor<768x2304xf32>
    %6305 = stablehlo.divide %5865, %6304 : tensor<768x2304xf32>
    %cst_1365 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6306 = stablehlo.broadcast_in_dim %cst_1365, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6307 = stablehlo.add %6063, %6306 : tensor<768xf32>
    %6308 = stablehlo.sqrt %6307 : tensor<768xf32>
    %cst_1366 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6309 = stablehlo.broadcast_in_dim %cst_1366, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6310 = stablehlo.add %6308, %6309 : tensor<768xf32>
    %6311 = stablehlo.divide %5867, %6310 : tensor<768xf32>
    %cst_1367 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6312 = stablehlo.broadcast_in_dim %cst_1367, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6313 = stablehlo.add %6065, %6312 : tensor<768x768xf32>
    %6314 = stablehlo.sqrt %6313 : tensor<768x768xf32>
    %cst_1368 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6315 = stablehlo.broadcast_in_dim %cst_1368, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6316 = stablehlo.add %6314, %6315 : tensor<768x768xf32>
    %6317 = stablehlo.divide %5869, %6316 : tensor<768x768xf32>
    %cst_1369 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6318 = stablehlo.broadcast_in_dim %cst_1369, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6319 = stablehlo.add %6067, %6318 : tensor<6144xf32>
    %6320 = stablehlo.sqrt %6319 : tensor<6144xf32>
    %cst_1370 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6321 = stablehlo.broadcast_in_dim %cst_1370, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6322 = stablehlo.add %6320, %6321 : tensor<6144xf32>
    %6323 = stablehlo.divide %5871, %6322 : tensor<6144xf32>
    %cst_1371 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6324 = stablehlo.broadcast_in_dim %cst_1371, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6325 = stablehlo.add %6069, %6324 : tensor<768x6144xf32>
    %6326 = stablehlo.sqrt %6325 : tensor<768x6144xf32>
    %cst_1372 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6327 = stablehlo.broadcast_in_dim %cst_1372, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6328 = stablehlo.add %6326, %6327 : tensor<768x6144xf32>
    %6329 = stablehlo.divide %5873, %6328 : tensor<768x6144xf32>
    %cst_1373 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6330 = stablehlo.broadcast_in_dim %cst_1373, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6331 = stablehlo.add %6071, %6330 : tensor<768xf32>
    %6332 = stablehlo.sqrt %6331 : tensor<768xf32>
    %cst_1374 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6333 = stablehlo.broadcast_in_dim %cst_1374, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6334 = stablehlo.add %6332, %6333 : tensor<768xf32>
    %6335 = stablehlo.divide %5875, %6334 : tensor<768xf32>
    %cst_1375 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6336 = stablehlo.broadcast_in_dim %cst_1375, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6337 = stablehlo.add %6073, %6336 : tensor<6144x768xf32>
    %6338 = stablehlo.sqrt %6337 : tensor<6144x768xf32>
    %cst_1376 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6339 = stablehlo.broadcast_in_dim %cst_1376, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6340 = stablehlo.add %6338, %6339 : tensor<6144x768xf32>
    %6341 = stablehlo.divide %5877, %6340 : tensor<6144x768xf32>
    %cst_1377 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6342 = stablehlo.broadcast_in_dim %cst_1377, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6343 = stablehlo.add %6075, %6342 : tensor<768xf32>
    %6344 = stablehlo.sqrt %6343 : tensor<768xf32>
    %cst_1378 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6345 = stablehlo.broadcast_in_dim %cst_1378, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6346 = stablehlo.add %6344, %6345 : tensor<768xf32>
    %6347 = stablehlo.divide %5879, %6346 : tensor<768xf32>
    %cst_1379 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6348 = stablehlo.broadcast_in_dim %cst_1379, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6349 = stablehlo.add %6077, %6348 : tensor<768xf32>
    %6350 = stablehlo.sqrt %6349 : tensor<768xf32>
    %cst_1380 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6351 = stablehlo.broadcast_in_dim %cst_1380, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6352 = stablehlo.add %6350, %6351 : tensor<768xf32>
    %6353 = stablehlo.divide %5881, %6352 : tensor<768xf32>
    %cst_1381 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6354 = stablehlo.broadcast_in_dim %cst_1381, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6355 = stablehlo.add %6079, %6354 : tensor<768xf32>
    %6356 = stablehlo.sqrt %6355 : tensor<768xf32>
    %cst_1382 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6357 = stablehlo.broadcast_in_dim %cst_1382, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6358 = stablehlo.add %6356, %6357 : tensor<768xf32>
    %6359 = stablehlo.divide %5883, %6358 : tensor<768xf32>
    %cst_1383 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6360 = stablehlo.broadcast_in_dim %cst_1383, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6361 = stablehlo.add %6081, %6360 : tensor<768xf32>
    %6362 = stablehlo.sqrt %6361 : tensor<768xf32>
    %cst_1384 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6363 = stablehlo.broadcast_in_dim %cst_1384, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6364 = stablehlo.add %6362, %6363 : tensor<768xf32>
    %6365 = stablehlo.divide %5885, %6364 : tensor<768xf32>
    %cst_1385 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6366 = stablehlo.broadcast_in_dim %cst_1385, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6367 = stablehlo.add %6083, %6366 : tensor<2304xf32>
    %6368 = stablehlo.sqrt %6367 : tensor<2304xf32>
    %cst_1386 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6369 = stablehlo.broadcast_in_dim %cst_1386, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6370 = stablehlo.add %6368, %6369 : tensor<2304xf32>
    %6371 = stablehlo.divide %5887, %6370 : tensor<2304xf32>
    %cst_1387 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6372 = stablehlo.broadcast_in_dim %cst_1387, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6373 = stablehlo.add %6085, %6372 : tensor<768x2304xf32>
    %6374 = stablehlo.sqrt %6373 : tensor<768x2304xf32>
    %cst_1388 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6375 = stablehlo.broadcast_in_dim %cst_1388, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6376 = stablehlo.add %6374, %6375 : tensor<768x2304xf32>
    %6377 = stablehlo.divide %5889, %6376 : tensor<768x2304xf32>
    %cst_1389 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6378 = stablehlo.broadcast_in_dim %cst_1389, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6379 = stablehlo.add %6087, %6378 : tensor<768xf32>
    %6380 = stablehlo.sqrt %6379 : tensor<768xf32>
    %cst_1390 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6381 = stablehlo.broadcast_in_dim %cst_1390, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6382 = stablehlo.add %6380, %6381 : tensor<768xf32>
    %6383 = stablehlo.divide %5891, %6382 : tensor<768xf32>
    %cst_1391 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6384 = stablehlo.broadcast_in_dim %cst_1391, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6385 = stablehlo.add %6089, %6384 : tensor<768x768xf32>
    %6386 = stablehlo.sqrt %6385 : tensor<768x768xf32>
    %cst_1392 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6387 = stablehlo.broadcast_in_dim %cst_1392, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6388 = stablehlo.add %6386, %6387 : tensor<768x768xf32>
    %6389 = stablehlo.divide %5893, %6388 : tensor<768x768xf32>
    %cst_1393 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6390 = stablehlo.broadcast_in_dim %cst_1393, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6391 = stablehlo.add %6091, %6390 : tensor<768xf32>
    %6392 = stablehlo.sqrt %6391 : tensor<768xf32>
    %cst_1394 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6393 = stablehlo.broadcast_in_dim %cst_1394, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6394 = stablehlo.add %6392, %6393 : tensor<768xf32>
    %6395 = stablehlo.divide %5895, %6394 : tensor<768xf32>
    %cst_1395 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6396 = stablehlo.broadcast_in_dim %cst_1395, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6397 = stablehlo.add %6093, %6396 : tensor<768xf32>
    %6398 = stablehlo.sqrt %6397 : tensor<768xf32>
    %cst_1396 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6399 = stablehlo.broadcast_in_dim %cst_1396, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6400 = stablehlo.add %6398, %6399 : tensor<768xf32>
    %6401 = stablehlo.divide %5897, %6400 : tensor<768xf32>
    %cst_1397 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6402 = stablehlo.broadcast_in_dim %cst_1397, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6403 = stablehlo.add %6095, %6402 : tensor<768xf32>
    %6404 = stablehlo.sqrt %6403 : tensor<768xf32>
    %cst_1398 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6405 = stablehlo.broadcast_in_dim %cst_1398, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6406 = stablehlo.add %6404, %6405 : tensor<768xf32>
    %6407 = stablehlo.divide %5899, %6406 : tensor<768xf32>
    %cst_1399 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6408 = stablehlo.broadcast_in_dim %cst_1399, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6409 = stablehlo.add %6097, %6408 : tensor<768xf32>
    %6410 = stablehlo.sqrt %6409 : tensor<768xf32>
    %cst_1400 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6411 = stablehlo.broadcast_in_dim %cst_1400, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6412 = stablehlo.add %6410, %6411 : tensor<768xf32>
    %6413 = stablehlo.divide %5901, %6412 : tensor<768xf32>
    %cst_1401 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6414 = stablehlo.broadcast_in_dim %cst_1401, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6415 = stablehlo.add %6099, %6414 : tensor<768x16xf32>
    %6416 = stablehlo.sqrt %6415 : tensor<768x16xf32>
    %cst_1402 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6417 = stablehlo.broadcast_in_dim %cst_1402, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6418 = stablehlo.add %6416, %6417 : tensor<768x16xf32>
    %6419 = stablehlo.divide %5903, %6418 : tensor<768x16xf32>
    %cst_1403 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6420 = stablehlo.broadcast_in_dim %cst_1403, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6421 = stablehlo.add %6101, %6420 : tensor<16x768x6144xf32>
    %6422 = stablehlo.sqrt %6421 : tensor<16x768x6144xf32>
    %cst_1404 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6423 = stablehlo.broadcast_in_dim %cst_1404, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6424 = stablehlo.add %6422, %6423 : tensor<16x768x6144xf32>
    %6425 = stablehlo.divide %5905, %6424 : tensor<16x768x6144xf32>
    %cst_1405 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6426 = stablehlo.broadcast_in_dim %cst_1405, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6427 = stablehlo.add %6103, %6426 : tensor<16x6144x768xf32>
    %6428 = stablehlo.sqrt %6427 : tensor<16x6144x768xf32>
    %cst_1406 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6429 = stablehlo.broadcast_in_dim %cst_1406, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6430 = stablehlo.add %6428, %6429 : tensor<16x6144x768xf32>
    %6431 = stablehlo.divide %5907, %6430 : tensor<16x6144x768xf32>
    %cst_1407 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6432 = stablehlo.broadcast_in_dim %cst_1407, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6433 = stablehlo.add %6105, %6432 : tensor<2304xf32>
    %6434 = stablehlo.sqrt %6433 : tensor<2304xf32>
    %cst_1408 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6435 = stablehlo.broadcast_in_dim %cst_1408, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6436 = stablehlo.add %6434, %6435 : tensor<2304xf32>
    %6437 = stablehlo.divide %5909, %6436 : tensor<2304xf32>
    %cst_1409 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6438 = stablehlo.broadcast_in_dim %cst_1409, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6439 = stablehlo.add %6107, %6438 : tensor<768x2304xf32>
    %6440 = stablehlo.sqrt %6439 : tensor<768x2304xf32>
    %cst_1410 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6441 = stablehlo.broadcast_in_dim %cst_1410, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6442 = stablehlo.add %6440, %6441 : tensor<768x2304xf32>
    %6443 = stablehlo.divide %5911, %6442 : tensor<768x2304xf32>
    %cst_1411 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6444 = stablehlo.broadcast_in_dim %cst_1411, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6445 = stablehlo.add %6109, %6444 : tensor<768xf32>
    %6446 = stablehlo.sqrt %6445 : tensor<768xf32>
    %cst_1412 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6447 = stablehlo.broadcast_in_dim %cst_1412, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6448 = stablehlo.add %6446, %6447 : tensor<768xf32>
    %6449 = stablehlo.divide %5913, %6448 : tensor<768xf32>
    %cst_1413 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6450 = stablehlo.broadcast_in_dim %cst_1413, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6451 = stablehlo.add %6111, %6450 : tensor<768x768xf32>
    %6452 = stablehlo.sqrt %6451 : tensor<768x768xf32>
    %cst_1414 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6453 = stablehlo.broadcast_in_dim %cst_1414, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6454 = stablehlo.add %6452, %6453 : tensor<768x768xf32>
    %6455 = stablehlo.divide %5915, %6454 : tensor<768x768xf32>
    %cst_1415 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6456 = stablehlo.broadcast_in_dim %cst_1415, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6457 = stablehlo.add %6113, %6456 : tensor<6144xf32>
    %6458 = stablehlo.sqrt %6457 : tensor<6144xf32>
    %cst_1416 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6459 = stablehlo.broadcast_in_dim %cst_1416, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6460 = stablehlo.add %6458, %6459 : tensor<6144xf32>
    %6461 = stablehlo.divide %5917, %6460 : tensor<6144xf32>
    %cst_1417 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6462 = stablehlo.broadcast_in_dim %cst_1417, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6463 = stablehlo.add %6115, %6462 : tensor<768x6144xf32>
    %6464 = stablehlo.sqrt %6463 : tensor<768x6144xf32>
    %cst_1418 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6465 = stablehlo.broadcast_in_dim %cst_1418, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6466 = stablehlo.add %6464, %6465 : tensor<768x6144xf32>
    %6467 = stablehlo.divide %5919, %6466 : tensor<768x6144xf32>
    %cst_1419 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6468 = stablehlo.broadcast_in_dim %cst_1419, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6469 = stablehlo.add %6117, %6468 : tensor<768xf32>
    %6470 = stablehlo.sqrt %6469 : tensor<768xf32>
    %cst_1420 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6471 = stablehlo.broadcast_in_dim %cst_1420, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6472 = stablehlo.add %6470, %6471 : tensor<768xf32>
    %6473 = stablehlo.divide %5921, %6472 : tensor<768xf32>
    %cst_1421 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6474 = stablehlo.broadcast_in_dim %cst_1421, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6475 = stablehlo.add %6119, %6474 : tensor<6144x768xf32>
    %6476 = stablehlo.sqrt %6475 : tensor<6144x768xf32>
    %cst_1422 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6477 = stablehlo.broadcast_in_dim %cst_1422, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6478 = stablehlo.add %6476, %6477 : tensor<6144x768xf32>
    %6479 = stablehlo.divide %5923, %6478 : tensor<6144x768xf32>
    %cst_1423 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6480 = stablehlo.broadcast_in_dim %cst_1423, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6481 = stablehlo.add %6121, %6480 : tensor<768xf32>
    %6482 = stablehlo.sqrt %6481 : tensor<768xf32>
    %cst_1424 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6483 = stablehlo.broadcast_in_dim %cst_1424, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6484 = stablehlo.add %6482, %6483 : tensor<768xf32>
    %6485 = stablehlo.divide %5925, %6484 : tensor<768xf32>
    %cst_1425 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6486 = stablehlo.broadcast_in_dim %cst_1425, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6487 = stablehlo.add %6123, %6486 : tensor<768xf32>
    %6488 = stablehlo.sqrt %6487 : tensor<768xf32>
    %cst_1426 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6489 = stablehlo.broadcast_in_dim %cst_1426, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6490 = stablehlo.add %6488, %6489 : tensor<768xf32>
    %6491 = stablehlo.divide %5927, %6490 : tensor<768xf32>
    %cst_1427 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6492 = stablehlo.broadcast_in_dim %cst_1427, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6493 = stablehlo.add %6125, %6492 : tensor<768xf32>
    %6494 = stablehlo.sqrt %6493 : tensor<768xf32>
    %cst_1428 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6495 = stablehlo.broadcast_in_dim %cst_1428, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6496 = stablehlo.add %6494, %6495 : tensor<768xf32>
    %6497 = stablehlo.divide %5929, %6496 : tensor<768xf32>
    %cst_1429 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6498 = stablehlo.broadcast_in_dim %cst_1429, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6499 = stablehlo.add %6127, %6498 : tensor<768xf32>
    %6500 = stablehlo.sqrt %6499 : tensor<768xf32>
    %cst_1430 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6501 = stablehlo.broadcast_in_dim %cst_1430, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6502 = stablehlo.add %6500, %6501 : tensor<768xf32>
    %6503 = stablehlo.divide %5931, %6502 : tensor<768xf32>
    %cst_1431 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6504 = stablehlo.broadcast_in_dim %cst_1431, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6505 = stablehlo.add %6129, %6504 : tensor<2304xf32>
    %6506 = stablehlo.sqrt %6505 : tensor<2304xf32>
    %cst_1432 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6507 = stablehlo.broadcast_in_dim %cst_1432, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6508 = stablehlo.add %6506, %6507 : tensor<2304xf32>
    %6509 = stablehlo.divide %5933, %6508 : tensor<2304xf32>
    %cst_1433 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6510 = stablehlo.broadcast_in_dim %cst_1433, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6511 = stablehlo.add %6131, %6510 : tensor<768x2304xf32>
    %6512 = stablehlo.sqrt %6511 : tensor<768x2304xf32>
    %cst_1434 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6513 = stablehlo.broadcast_in_dim %cst_1434, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6514 = stablehlo.add %6512, %6513 : tensor<768x2304xf32>
    %6515 = stablehlo.divide %5935, %6514 : tensor<768x2304xf32>
    %cst_1435 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6516 = stablehlo.broadcast_in_dim %cst_1435, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6517 = stablehlo.add %6133, %6516 : tensor<768xf32>
    %6518 = stablehlo.sqrt %6517 : tensor<768xf32>
    %cst_1436 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6519 = stablehlo.broadcast_in_dim %cst_1436, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6520 = stablehlo.add %6518, %6519 : tensor<768xf32>
    %6521 = stablehlo.divide %5937, %6520 : tensor<768xf32>
    %cst_1437 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6522 = stablehlo.broadcast_in_dim %cst_1437, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6523 = stablehlo.add %6135, %6522 : tensor<768x768xf32>
    %6524 = stablehlo.sqrt %6523 : tensor<768x768xf32>
    %cst_1438 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6525 = stablehlo.broadcast_in_dim %cst_1438, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6526 = stablehlo.add %6524, %6525 : tensor<768x768xf32>
    %6527 = stablehlo.divide %5939, %6526 : tensor<768x768xf32>
    %cst_1439 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6528 = stablehlo.broadcast_in_dim %cst_1439, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6529 = stablehlo.add %6137, %6528 : tensor<768xf32>
    %6530 = stablehlo.sqrt %6529 : tensor<768xf32>
    %cst_1440 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6531 = stablehlo.broadcast_in_dim %cst_1440, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6532 = stablehlo.add %6530, %6531 : tensor<768xf32>
    %6533 = stablehlo.divide %5941, %6532 : tensor<768xf32>
    %cst_1441 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6534 = stablehlo.broadcast_in_dim %cst_1441, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6535 = stablehlo.add %6139, %6534 : tensor<768xf32>
    %6536 = stablehlo.sqrt %6535 : tensor<768xf32>
    %cst_1442 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6537 = stablehlo.broadcast_in_dim %cst_1442, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6538 = stablehlo.add %6536, %6537 : tensor<768xf32>
    %6539 = stablehlo.divide %5943, %6538 : tensor<768xf32>
    %cst_1443 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6540 = stablehlo.broadcast_in_dim %cst_1443, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6541 = stablehlo.add %6141, %6540 : tensor<768xf32>
    %6542 = stablehlo.sqrt %6541 : tensor<768xf32>
    %cst_1444 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6543 = stablehlo.broadcast_in_dim %cst_1444, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6544 = stablehlo.add %6542, %6543 : tensor<768xf32>
    %6545 = stablehlo.divide %5945, %6544 : tensor<768xf32>
    %cst_1445 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6546 = stablehlo.broadcast_in_dim %cst_1445, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6547 = stablehlo.add %6143, %6546 : tensor<768xf32>
    %6548 = stablehlo.sqrt %6547 : tensor<768xf32>
    %cst_1446 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6549 = stablehlo.broadcast_in_dim %cst_1446, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6550 = stablehlo.add %6548, %6549 : tensor<768xf32>
    %6551 = stablehlo.divide %5947, %6550 : tensor<768xf32>
    %cst_1447 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6552 = stablehlo.broadcast_in_dim %cst_1447, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6553 = stablehlo.add %6145, %6552 : tensor<768x16xf32>
    %6554 = stablehlo.sqrt %6553 : tensor<768x16xf32>
    %cst_1448 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6555 = stablehlo.broadcast_in_dim %cst_1448, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6556 = stablehlo.add %6554, %6555 : tensor<768x16xf32>
    %6557 = stablehlo.divide %5949, %6556 : tensor<768x16xf32>
    %cst_1449 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6558 = stablehlo.broadcast_in_dim %cst_1449, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6559 = stablehlo.add %6147, %6558 : tensor<16x768x6144xf32>
    %6560 = stablehlo.sqrt %6559 : tensor<16x768x6144xf32>
    %cst_1450 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6561 = stablehlo.broadcast_in_dim %cst_1450, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6562 = stablehlo.add %6560, %6561 : tensor<16x768x6144xf32>
    %6563 = stablehlo.divide %5951, %6562 : tensor<16x768x6144xf32>
    %cst_1451 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6564 = stablehlo.broadcast_in_dim %cst_1451, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6565 = stablehlo.add %6149, %6564 : tensor<16x6144x768xf32>
    %6566 = stablehlo.sqrt %6565 : tensor<16x6144x768xf32>
    %cst_1452 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6567 = stablehlo.broadcast_in_dim %cst_1452, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6568 = stablehlo.add %6566, %6567 : tensor<16x6144x768xf32>
    %6569 = stablehlo.divide %5953, %6568 : tensor<16x6144x768xf32>
    %cst_1453 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6570 = stablehlo.broadcast_in_dim %cst_1453, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6571 = stablehlo.add %6151, %6570 : tensor<2304xf32>
    %6572 = stablehlo.sqrt %6571 : tensor<2304xf32>
    %cst_1454 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6573 = stablehlo.broadcast_in_dim %cst_1454, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6574 = stablehlo.add %6572, %6573 : tensor<2304xf32>
    %6575 = stablehlo.divide %5955, %6574 : tensor<2304xf32>
    %cst_1455 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6576 = stablehlo.broadcast_in_dim %cst_1455, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6577 = stablehlo.add %6153, %6576 : tensor<768x2304xf32>
    %6578 = stablehlo.sqrt %6577 : tensor<768x2304xf32>
    %cst_1456 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6579 = stablehlo.broadcast_in_dim %cst_1456, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6580 = stablehlo.add %6578, %6579 : tensor<768x2304xf32>
    %6581 = stablehlo.divide %5957, %6580 : tensor<768x2304xf32>
    %cst_1457 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6582 = stablehlo.broadcast_in_dim %cst_1457, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6583 = stablehlo.add %6155, %6582 : tensor<768xf32>
    %6584 = stablehlo.sqrt %6583 : tensor<768xf32>
    %cst_1458 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6585 = stablehlo.broadcast_in_dim %cst_1458, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6586 = stablehlo.add %6584, %6585 : tensor<768xf32>
    %6587 = stablehlo.divide %5959, %6586 : tensor<768xf32>
    %cst_1459 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6588 = stablehlo.broadcast_in_dim %cst_1459, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6589 = stablehlo.add %6157, %6588 : tensor<768x768xf32>
    %6590 = stablehlo.sqrt %6589 : tensor<768x768xf32>
    %cst_1460 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6591 = stablehlo.broadcast_in_dim %cst_1460, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6592 = stablehlo.add %6590, %6591 : tensor<768x768xf32>
    %6593 = stablehlo.divide %5961, %6592 : tensor<768x768xf32>
    %cst_1461 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6594 = stablehlo.broadcast_in_dim %cst_1461, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6595 = stablehlo.add %6159, %6594 : tensor<6144xf32>
    %6596 = stablehlo.sqrt %6595 : tensor<6144xf32>
    %cst_1462 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6597 = stablehlo.broadcast_in_dim %cst_1462, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6598 = stablehlo.add %6596, %6597 : tensor<6144xf32>
    %6599 = stablehlo.divide %5963, %6598 : tensor<6144xf32>
    %cst_1463 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6600 = stablehlo.broadcast_in_dim %cst_1463, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6601 = stablehlo.add %6161, %6600 : tensor<768x6144xf32>
    %6602 = stablehlo.sqrt %6601 : tensor<768x6144xf32>
    %cst_1464 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6603 = stablehlo.broadcast_in_dim %cst_1464, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6604 = stablehlo.add %6602, %6603 : tensor<768x6144xf32>
    %6605 = stablehlo.divide %5965, %6604 : tensor<768x6144xf32>
    %cst_1465 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6606 = stablehlo.broadcast_in_dim %cst_1465, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6607 = stablehlo.add %6163, %6606 : tensor<768xf32>
    %6608 = stablehlo.sqrt %6607 : tensor<768xf32>
    %cst_1466 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6609 = stablehlo.broadcast_in_dim %cst_1466, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6610 = stablehlo.add %6608, %6609 : tensor<768xf32>
    %6611 = stablehlo.divide %5967, %6610 : tensor<768xf32>
    %cst_1467 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6612 = stablehlo.broadcast_in_dim %cst_1467, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6613 = stablehlo.add %6165, %6612 : tensor<6144x768xf32>
    %6614 = stablehlo.sqrt %6613 : tensor<6144x768xf32>
    %cst_1468 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6615 = stablehlo.broadcast_in_dim %cst_1468, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6616 = stablehlo.add %6614, %6615 : tensor<6144x768xf32>
    %6617 = stablehlo.divide %5969, %6616 : tensor<6144x768xf32>
    %cst_1469 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6618 = stablehlo.broadcast_in_dim %cst_1469, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6619 = stablehlo.add %6167, %6618 : tensor<768xf32>
    %6620 = stablehlo.sqrt %6619 : tensor<768xf32>
    %cst_1470 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6621 = stablehlo.broadcast_in_dim %cst_1470, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6622 = stablehlo.add %6620, %6621 : tensor<768xf32>
    %6623 = stablehlo.divide %5971, %6622 : tensor<768xf32>
    %cst_1471 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6624 = stablehlo.broadcast_in_dim %cst_1471, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6625 = stablehlo.add %6169, %6624 : tensor<768xf32>
    %6626 = stablehlo.sqrt %6625 : tensor<768xf32>
    %cst_1472 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6627 = stablehlo.broadcast_in_dim %cst_1472, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6628 = stablehlo.add %6626, %6627 : tensor<768xf32>
    %6629 = stablehlo.divide %5973, %6628 : tensor<768xf32>
    %cst_1473 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6630 = stablehlo.broadcast_in_dim %cst_1473, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6631 = stablehlo.add %6171, %6630 : tensor<768xf32>
    %6632 = stablehlo.sqrt %6631 : tensor<768xf32>
    %cst_1474 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6633 = stablehlo.broadcast_in_dim %cst_1474, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6634 = stablehlo.add %6632, %6633 : tensor<768xf32>
    %6635 = stablehlo.divide %5975, %6634 : tensor<768xf32>
    %cst_1475 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6636 = stablehlo.broadcast_in_dim %cst_1475, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6637 = stablehlo.add %6173, %6636 : tensor<768xf32>
    %6638 = stablehlo.sqrt %6637 : tensor<768xf32>
    %cst_1476 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6639 = stablehlo.broadcast_in_dim %cst_1476, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6640 = stablehlo.add %6638, %6639 : tensor<768xf32>
    %6641 = stablehlo.divide %5977, %6640 : tensor<768xf32>
    %cst_1477 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6642 = stablehlo.broadcast_in_dim %cst_1477, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6643 = stablehlo.add %6175, %6642 : tensor<2304xf32>
    %6644 = stablehlo.sqrt %6643 : tensor<2304xf32>
    %cst_1478 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6645 = stablehlo.broadcast_in_dim %cst_1478, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6646 = stablehlo.add %6644, %6645 : tensor<2304xf32>
    %6647 = stablehlo.divide %5979, %6646 : tensor<2304xf32>
    %cst_1479 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6648 = stablehlo.broadcast_in_dim %cst_1479, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6649 = stablehlo.add %6177, %6648 : tensor<768x2304xf32>
    %6650 = stablehlo.sqrt %6649 : tensor<768x2304xf32>
    %cst_1480 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6651 = stablehlo.broadcast_in_dim %cst_1480, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6652 = stablehlo.add %6650, %6651 : tensor<768x2304xf32>
    %6653 = stablehlo.divide %5981, %6652 : tensor<768x2304xf32>
    %cst_1481 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6654 = stablehlo.broadcast_in_dim %cst_1481, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6655 = stablehlo.add %6179, %6654 : tensor<768xf32>
    %6656 = stablehlo.sqrt %6655 : tensor<768xf32>
    %cst_1482 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6657 = stablehlo.broadcast_in_dim %cst_1482, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6658 = stablehlo.add %6656, %6657 : tensor<768xf32>
    %6659 = stablehlo.divide %5983, %6658 : tensor<768xf32>
    %cst_1483 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6660 = stablehlo.broadcast_in_dim %cst_1483, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6661 = stablehlo.add %6181, %6660 : tensor<768x768xf32>
    %6662 = stablehlo.sqrt %6661 : tensor<768x768xf32>
    %cst_1484 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6663 = stablehlo.broadcast_in_dim %cst_1484, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6664 = stablehlo.add %6662, %6663 : tensor<768x768xf32>
    %6665 = stablehlo.divide %5985, %6664 : tensor<768x768xf32>
    %cst_1485 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6666 = stablehlo.broadcast_in_dim %cst_1485, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6667 = stablehlo.add %6183, %6666 : tensor<768xf32>
    %6668 = stablehlo.sqrt %6667 : tensor<768xf32>
    %cst_1486 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6669 = stablehlo.broadcast_in_dim %cst_1486, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6670 = stablehlo.add %6668, %6669 : tensor<768xf32>
    %6671 = stablehlo.divide %5987, %6670 : tensor<768xf32>
    %cst_1487 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6672 = stablehlo.broadcast_in_dim %cst_1487, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6673 = stablehlo.add %6185, %6672 : tensor<768xf32>
    %6674 = stablehlo.sqrt %6673 : tensor<768xf32>
    %cst_1488 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6675 = stablehlo.broadcast_in_dim %cst_1488, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6676 = stablehlo.add %6674, %6675 : tensor<768xf32>
    %6677 = stablehlo.divide %5989, %6676 : tensor<768xf32>
    %cst_1489 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6678 = stablehlo.broadcast_in_dim %cst_1489, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6679 = stablehlo.add %6187, %6678 : tensor<768xf32>
    %6680 = stablehlo.sqrt %6679 : tensor<768xf32>
    %cst_1490 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6681 = stablehlo.broadcast_in_dim %cst_1490, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6682 = stablehlo.add %6680, %6681 : tensor<768xf32>
    %6683 = stablehlo.divide %5991, %6682 : tensor<768xf32>
    %cst_1491 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6684 = stablehlo.broadcast_in_dim %cst_1491, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6685 = stablehlo.add %6189, %6684 : tensor<768xf32>
    %6686 = stablehlo.sqrt %6685 : tensor<768xf32>
    %cst_1492 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6687 = stablehlo.broadcast_in_dim %cst_1492, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6688 = stablehlo.add %6686, %6687 : tensor<768xf32>
    %6689 = stablehlo.divide %5993, %6688 : tensor<768xf32>
    %cst_1493 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6690 = stablehlo.broadcast_in_dim %cst_1493, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6691 = stablehlo.add %6191, %6690 : tensor<768x16xf32>
    %6692 = stablehlo.sqrt %6691 : tensor<768x16xf32>
    %cst_1494 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6693 = stablehlo.broadcast_in_dim %cst_1494, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6694 = stablehlo.add %6692, %6693 : tensor<768x16xf32>
    %6695 = stablehlo.divide %5995, %6694 : tensor<768x16xf32>
    %cst_1495 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6696 = stablehlo.broadcast_in_dim %cst_1495, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6697 = stablehlo.add %6193, %6696 : tensor<16x768x6144xf32>
    %6698 = stablehlo.sqrt %6697 : tensor<16x768x6144xf32>
    %cst_1496 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6699 = stablehlo.broadcast_in_dim %cst_1496, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6700 = stablehlo.add %6698, %6699 : tensor<16x768x6144xf32>
    %6701 = stablehlo.divide %5997, %6700 : tensor<16x768x6144xf32>
    %cst_1497 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6702 = stablehlo.broadcast_in_dim %cst_1497, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6703 = stablehlo.add %6195, %6702 : tensor<16x6144x768xf32>
    %6704 = stablehlo.sqrt %6703 : tensor<16x6144x768xf32>
    %cst_1498 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6705 = stablehlo.broadcast_in_dim %cst_1498, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6706 = stablehlo.add %6704, %6705 : tensor<16x6144x768xf32>
    %6707 = stablehlo.divide %5999, %6706 : tensor<16x6144x768xf32>
    %cst_1499 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6708 = stablehlo.broadcast_in_dim %cst_1499, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6709 = stablehlo.add %6197, %6708 : tensor<2304xf32>
    %6710 = stablehlo.sqrt %6709 : tensor<2304xf32>
    %cst_1500 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6711 = stablehlo.broadcast_in_dim %cst_1500, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6712 = stablehlo.add %6710, %6711 : tensor<2304xf32>
    %6713 = stablehlo.divide %6001, %6712 : tensor<2304xf32>
    %cst_1501 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6714 = stablehlo.broadcast_in_dim %cst_1501, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6715 = stablehlo.add %6199, %6714 : tensor<768x2304xf32>
    %6716 = stablehlo.sqrt %6715 : tensor<768x2304xf32>
    %cst_1502 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6717 = stablehlo.broadcast_in_dim %cst_1502, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6718 = stablehlo.add %6716, %6717 : tensor<768x2304xf32>
    %6719 = stablehlo.divide %6003, %6718 : tensor<768x2304xf32>
    %cst_1503 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6720 = stablehlo.broadcast_in_dim %cst_1503, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6721 = stablehlo.add %6201, %6720 : tensor<768xf32>
    %6722 = stablehlo.sqrt %6721 : tensor<768xf32>
    %cst_1504 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6723 = stablehlo.broadcast_in_dim %cst_1504, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6724 = stablehlo.add %6722, %6723 : tensor<768xf32>
    %6725 = stablehlo.divide %6005, %6724 : tensor<768xf32>
    %cst_1505 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6726 = stablehlo.broadcast_in_dim %cst_1505, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6727 = stablehlo.add %6203, %6726 : tensor<768x768xf32>
    %6728 = stablehlo.sqrt %6727 : tensor<768x768xf32>
    %cst_1506 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6729 = stablehlo.broadcast_in_dim %cst_1506, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6730 = stablehlo.add %6728, %6729 : tensor<768x768xf32>
    %6731 = stablehlo.divide %6007, %6730 : tensor<768x768xf32>
    %cst_1507 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6732 = stablehlo.broadcast_in_dim %cst_1507, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6733 = stablehlo.add %6205, %6732 : tensor<6144xf32>
    %6734 = stablehlo.sqrt %6733 : tensor<6144xf32>
    %cst_1508 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6735 = stablehlo.broadcast_in_dim %cst_1508, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6736 = stablehlo.add %6734, %6735 : tensor<6144xf32>
    %6737 = stablehlo.divide %6009, %6736 : tensor<6144xf32>
    %cst_1509 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6738 = stablehlo.broadcast_in_dim %cst_1509, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6739 = stablehlo.add %6207, %6738 : tensor<768x6144xf32>
    %6740 = stablehlo.sqrt %6739 : tensor<768x6144xf32>
    %cst_1510 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6741 = stablehlo.broadcast_in_dim %cst_1510, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6742 = stablehlo.add %6740, %6741 : tensor<768x6144xf32>
    %6743 = stablehlo.divide %6011, %6742 : tensor<768x6144xf32>
    %cst_1511 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6744 = stablehlo.broadcast_in_dim %cst_1511, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6745 = stablehlo.add %6209, %6744 : tensor<768xf32>
    %6746 = stablehlo.sqrt %6745 : tensor<768xf32>
    %cst_1512 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6747 = stablehlo.broadcast_in_dim %cst_1512, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6748 = stablehlo.add %6746, %6747 : tensor<768xf32>
    %6749 = stablehlo.divide %6013, %6748 : tensor<768xf32>
    %cst_1513 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6750 = stablehlo.broadcast_in_dim %cst_1513, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6751 = stablehlo.add %6211, %6750 : tensor<6144x768xf32>
    %6752 = stablehlo.sqrt %6751 : tensor<6144x768xf32>
    %cst_1514 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6753 = stablehlo.broadcast_in_dim %cst_1514, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6754 = stablehlo.add %6752, %6753 : tensor<6144x768xf32>
    %6755 = stablehlo.divide %6015, %6754 : tensor<6144x768xf32>
    %cst_1515 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6756 = stablehlo.broadcast_in_dim %cst_1515, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6757 = stablehlo.add %6213, %6756 : tensor<768xf32>
    %6758 = stablehlo.sqrt %6757 : tensor<768xf32>
    %cst_1516 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6759 = stablehlo.broadcast_in_dim %cst_1516, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6760 = stablehlo.add %6758, %6759 : tensor<768xf32>
    %6761 = stablehlo.divide %6017, %6760 : tensor<768xf32>
    %cst_1517 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6762 = stablehlo.broadcast_in_dim %cst_1517, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6763 = stablehlo.add %6215, %6762 : tensor<768xf32>
    %6764 = stablehlo.sqrt %6763 : tensor<768xf32>
    %cst_1518 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6765 = stablehlo.broadcast_in_dim %cst_1518, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6766 = stablehlo.add %6764, %6765 : tensor<768xf32>
    %6767 = stablehlo.divide %6019, %6766 : tensor<768xf32>
    %cst_1519 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6768 = stablehlo.broadcast_in_dim %cst_1519, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6769 = stablehlo.add %6217, %6768 : tensor<768xf32>
    %6770 = stablehlo.sqrt %6769 : tensor<768xf32>
    %cst_1520 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6771 = stablehlo.broadcast_in_dim %cst_1520, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6772 = stablehlo.add %6770, %6771 : tensor<768xf32>
    %6773 = stablehlo.divide %6021, %6772 : tensor<768xf32>
    %cst_1521 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6774 = stablehlo.broadcast_in_dim %cst_1521, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6775 = stablehlo.add %6219, %6774 : tensor<768xf32>
    %6776 = stablehlo.sqrt %6775 : tensor<768xf32>
    %cst_1522 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6777 = stablehlo.broadcast_in_dim %cst_1522, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6778 = stablehlo.add %6776, %6777 : tensor<768xf32>
    %6779 = stablehlo.divide %6023, %6778 : tensor<768xf32>
    %cst_1523 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6780 = stablehlo.broadcast_in_dim %cst_1523, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6781 = stablehlo.add %6221, %6780 : tensor<768xf32>
    %6782 = stablehlo.sqrt %6781 : tensor<768xf32>
    %cst_1524 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6783 = stablehlo.broadcast_in_dim %cst_1524, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6784 = stablehlo.add %6782, %6783 : tensor<768xf32>
    %6785 = stablehlo.divide %6025, %6784 : tensor<768xf32>
    %cst_1525 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6786 = stablehlo.broadcast_in_dim %cst_1525, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6787 = stablehlo.add %6223, %6786 : tensor<768xf32>
    %6788 = stablehlo.sqrt %6787 : tensor<768xf32>
    %cst_1526 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6789 = stablehlo.broadcast_in_dim %cst_1526, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6790 = stablehlo.add %6788, %6789 : tensor<768xf32>
    %6791 = stablehlo.divide %6027, %6790 : tensor<768xf32>
    %cst_1527 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6792 = stablehlo.broadcast_in_dim %cst_1527, dims = [] : (tensor<f32>) -> tensor<1024x768xf32>
    %6793 = stablehlo.add %6225, %6792 : tensor<1024x768xf32>
    %6794 = stablehlo.sqrt %6793 : tensor<1024x768xf32>
    %cst_1528 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6795 = stablehlo.broadcast_in_dim %cst_1528, dims = [] : (tensor<f32>) -> tensor<1024x768xf32>
    %6796 = stablehlo.add %6794, %6795 : tensor<1024x768xf32>
    %6797 = stablehlo.divide %6029, %6796 : tensor<1024x768xf32>
    %cst_1529 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6798 = stablehlo.broadcast_in_dim %cst_1529, dims = [] : (tensor<f32>) -> tensor<32000x768xf32>
    %6799 = stablehlo.add %6227, %6798 : tensor<32000x768xf32>
    %6800 = stablehlo.sqrt %6799 : tensor<32000x768xf32>
    %cst_1530 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6801 = stablehlo.broadcast_in_dim %cst_1530, dims = [] : (tensor<f32>) -> tensor<32000x768xf32>
    %6802 = stablehlo.add %6800, %6801 : tensor<32000x768xf32>
    %6803 = stablehlo.divide %6031, %6802 : tensor<32000x768xf32>
    %cst_1531 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6804 = stablehlo.broadcast_in_dim %cst_1531, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6805 = stablehlo.multiply %6804, %6233 : tensor<2304xf32>
    %cst_1532 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6806 = stablehlo.broadcast_in_dim %cst_1532, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6807 = stablehlo.multiply %6806, %6239 : tensor<768x2304xf32>
    %cst_1533 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6808 = stablehlo.broadcast_in_dim %cst_1533, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6809 = stablehlo.multiply %6808, %6245 : tensor<768xf32>
    %cst_1534 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6810 = stablehlo.broadcast_in_dim %cst_1534, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6811 = stablehlo.multiply %6810, %6251 : tensor<768x768xf32>
    %cst_1535 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6812 = stablehlo.broadcast_in_dim %cst_1535, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6813 = stablehlo.multiply %6812, %6257 : tensor<768xf32>
    %cst_1536 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6814 = stablehlo.broadcast_in_dim %cst_1536, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6815 = stablehlo.multiply %6814, %6263 : tensor<768xf32>
    %cst_1537 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6816 = stablehlo.broadcast_in_dim %cst_1537, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6817 = stablehlo.multiply %6816, %6269 : tensor<768xf32>
    %cst_1538 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6818 = stablehlo.broadcast_in_dim %cst_1538, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6819 = stablehlo.multiply %6818, %6275 : tensor<768xf32>
    %cst_1539 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6820 = stablehlo.broadcast_in_dim %cst_1539, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6821 = stablehlo.multiply %6820, %6281 : tensor<768x16xf32>
    %cst_1540 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6822 = stablehlo.broadcast_in_dim %cst_1540, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6823 = stablehlo.multiply %6822, %6287 : tensor<16x768x6144xf32>
    %cst_1541 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6824 = stablehlo.broadcast_in_dim %cst_1541, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6825 = stablehlo.multiply %6824, %6293 : tensor<16x6144x768xf32>
    %cst_1542 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6826 = stablehlo.broadcast_in_dim %cst_1542, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6827 = stablehlo.multiply %6826, %6299 : tensor<2304xf32>
    %cst_1543 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6828 = stablehlo.broadcast_in_dim %cst_1543, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6829 = stablehlo.multiply %6828, %6305 : tensor<768x2304xf32>
    %cst_1544 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6830 = stablehlo.broadcast_in_dim %cst_1544, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6831 = stablehlo.multiply %6830, %6311 : tensor<768xf32>
    %cst_1545 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6832 = stablehlo.broadcast_in_dim %cst_1545, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6833 = stablehlo.multiply %6832, %6317 : tensor<768x768xf32>
    %cst_1546 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6834 = stablehlo.broadcast_in_dim %cst_1546, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6835 = stablehlo.multiply %6834, %6323 : tensor<6144xf32>
    %cst_1547 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6836 = stablehlo.broadcast_in_dim %cst_1547, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6837 = stablehlo.multiply %6836, %6329 : tensor<768x6144xf32>
    %cst_1548 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6838 = stablehlo.broadcast_in_dim %cst_1548, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6839 = stablehlo.multiply %6838, %6335 : tensor<768xf32>
    %cst_1549 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6840 = stablehlo.broadcast_in_dim %cst_1549, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6841 = stablehlo.multiply %6840, %6341 : tensor<6144x768xf32>
    %cst_1550 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6842 = stablehlo.broadcast_in_dim %cst_1550, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6843 = stablehlo.multiply %6842, %6347 : tensor<768xf32>
    %cst_1551 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6844 = stablehlo.broadcast_in_dim %cst_1551, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6845 = stablehlo.multiply %6844, %6353 : tensor<768xf32>
    %cst_1552 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6846 = stablehlo.broadcast_in_dim %cst_1552, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6847 = stablehlo.multiply %6846, %6359 : tensor<768xf32>
    %cst_1553 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6848 = stablehlo.broadcast_in_dim %cst_1553, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6849 = stablehlo.multiply %6848, %6365 : tensor<768xf32>
    %cst_1554 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6850 = stablehlo.broadcast_in_dim %cst_1554, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6851 = stablehlo.multiply %6850, %6371 : tensor<2304xf32>
    %cst_1555 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6852 = stablehlo.broadcast_in_dim %cst_1555, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6853 = stablehlo.multiply %6852, %6377 : tensor<768x2304xf32>
    %cst_1556 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6854 = stablehlo.broadcast_in_dim %cst_1556, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6855 = stablehlo.multiply %6854, %6383 : tensor<768xf32>
    %cst_1557 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6856 = stablehlo.broadcast_in_dim %cst_1557, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6857 = stablehlo.multiply %6856, %6389 : tensor<768x768xf32>
    %cst_1558 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6858 = stablehlo.broadcast_in_dim %cst_1558, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6859 = stablehlo.multiply %6858, %6395 : tensor<768xf32>
    %cst_1559 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6860 = stablehlo.broadcast_in_dim %cst_1559, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6861 = stablehlo.multiply %6860, %6401 : tensor<768xf32>
    %cst_1560 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6862 = stablehlo.broadcast_in_dim %cst_1560, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6863 = stablehlo.multiply %6862, %6407 : tensor<768xf32>
    %cst_1561 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6864 = stablehlo.broadcast_in_dim %cst_1561, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6865 = stablehlo.multiply %6864, %6413 : tensor<768xf32>
    %cst_1562 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6866 = stablehlo.broadcast_in_dim %cst_1562, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6867 = stablehlo.multiply %6866, %6419 : tensor<768x16xf32>
    %cst_1563 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6868 = stablehlo.broadcast_in_dim %cst_1563, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6869 = stablehlo.multiply %6868, %6425 : tensor<16x768x6144xf32>
    %cst_1564 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6870 = stablehlo.broadcast_in_dim %cst_1564, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6871 = stablehlo.multiply %6870, %6431 : tensor<16x6144x768xf32>
    %cst_1565 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6872 = stablehlo.broadcast_in_dim %cst_1565, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6873 = stablehlo.multiply %6872, %6437 : tensor<2304xf32>
    %cst_1566 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6874 = stablehlo.broadcast_in_dim %cst_1566, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6875 = stablehlo.multiply %6874, %6443 : tensor<768x2304xf32>
    %cst_1567 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6876 = stablehlo.broadcast_in_dim %cst_1567, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6877 = stablehlo.multiply %6876, %6449 : tensor<768xf32>
    %cst_1568 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6878 = stablehlo.broadcast_in_dim %cst_1568, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6879 = stablehlo.multiply %6878, %6455 : tensor<768x768xf32>
    %cst_1569 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6880 = stablehlo.broadcast_in_dim %cst_1569, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6881 = stablehlo.multiply %6880, %6461 : tensor<6144xf32>
    %cst_1570 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6882 = stablehlo.broadcast_in_dim %cst_1570, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6883 = stablehlo.multiply %6882, %6467 : tensor<768x6144xf32>
    %cst_1571 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6884 = stablehlo.broadcast_in_dim %cst_1571, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6885 = stablehlo.multiply %6884, %6473 : tensor<768xf32>
    %cst_1572 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6886 = stablehlo.broadcast_in_dim %cst_1572, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6887 = stablehlo.multiply %6886, %6479 : tensor<6144x768xf32>
    %cst_1573 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6888 = stablehlo.broadcast_in_dim %cst_1573, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6889 = stablehlo.multiply %6888, %6485 : tensor<768xf32>
    %cst_1574 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6890 = stablehlo.broadcast_in_dim %cst_1574, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6891 = stablehlo.multiply %6890, %6491 : tensor<768xf32>
    %cst_1575 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6892 = stablehlo.broadcast_in_dim %cst_1575, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6893 = stablehlo.multiply %6892, %6497 : tensor<768xf32>
    %cst_1576 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6894 = stablehlo.broadcast_in_dim %cst_1576, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6895 = stablehlo.multiply %6894, %6503 : tensor<768xf32>
    %cst_1577 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6896 = stablehlo.broadcast_in_dim %cst_1577, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6897 = stablehlo.multiply %6896, %6509 : tensor<2304xf32>
    %cst_1578 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6898 = stablehlo.broadcast_in_dim %cst_1578, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6899 = stablehlo.multiply %6898, %6515 : tensor<768x2304xf32>
    %cst_1579 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6900 = stablehlo.broadcast_in_dim %cst_1579, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6901 = stablehlo.multiply %6900, %6521 : tensor<768xf32>
    %cst_1580 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6902 = stablehlo.broadcast_in_dim %cst_1580, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6903 = stablehlo.multiply %6902, %6527 : tensor<768x768xf32>
    %cst_1581 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6904 = stablehlo.broadcast_in_dim %cst_1581, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6905 = stablehlo.multiply %6904, %6533 : tensor<768xf32>
    %cst_1582 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6906 = stablehlo.broadcast_in_dim %cst_1582, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6907 = stablehlo.multiply %6906, %6539 : tensor<768xf32>
    %cst_1583 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6908 = stablehlo.broadcast_in_dim %cst_1583, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6909 = stablehlo.multiply %6908, %6545 : tensor<768xf32>
    %cst_1584 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6910 = stablehlo.broadcast_in_dim %cst_1584, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6911 = stablehlo.multiply %6910, %6551 : tensor<768xf32>
    %cst_1585 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6912 = stablehlo.broadcast_in_dim %cst_1585, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6913 = stablehlo.multiply %6912, %6557 : tensor<768x16xf32>
    %cst_1586 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6914 = stablehlo.broadcast_in_dim %cst_1586, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6915 = stablehlo.multiply %6914, %6563 : tensor<16x768x6144xf32>
    %cst_1587 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6916 = stablehlo.broadcast_in_dim %cst_1587, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6917 = stablehlo.multiply %6916, %6569 : tensor<16x6144x768xf32>
    %cst_1588 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6918 = stablehlo.broadcast_in_dim %cst_1588, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6919 = stablehlo.multiply %6918, %6575 : tensor<2304xf32>
    %cst_1589 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6920 = stablehlo.broadcast_in_dim %cst_1589, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6921 = stablehlo.multiply %6920, %6581 : tensor<768x2304xf32>
    %cst_1590 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6922 = stablehlo.broadcast_in_dim %cst_1590, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6923 = stablehlo.multiply %6922, %6587 : tensor<768xf32>
    %cst_1591 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6924 = stablehlo.broadcast_in_dim %cst_1591, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6925 = stablehlo.multiply %6924, %6593 : tensor<768x768xf32>
    %cst_1592 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6926 = stablehlo.broadcast_in_dim %cst_1592, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6927 = stablehlo.multiply %6926, %6599 : tensor<6144xf32>
    %cst_1593 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6928 = stablehlo.broadcast_in_dim %cst_1593, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6929 = stablehlo.multiply %6928, %6605 : tensor<768x6144xf32>
    %cst_1594 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6930 = stablehlo.broadcast_in_dim %cst_1594, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6931 = stablehlo.multiply %6930, %6611 : tensor<768xf32>
    %cst_1595 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6932 = stablehlo.broadcast_in_dim %cst_1595, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6933 = stablehlo.multiply %6932, %6617 : tensor<6144x768xf32>
    %cst_1596 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6934 = stablehlo.broadcast_in_dim %cst_1596, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6935 = stablehlo.multiply %6934, %6623 : tensor<768xf32>
    %cst_1597 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6936 = stablehlo.broadcast_in_dim %cst_1597, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6937 = stablehlo.multiply %6936, %6629 : tensor<768xf32>
    %cst_1598 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6938 = stablehlo.broadcast_in_dim %cst_1598, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6939 = stablehlo.multiply %6938, %6635 : tensor<768xf32>
    %cst_1599 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6940 = stablehlo.broadcast_in_dim %cst_1599, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6941 = stablehlo.multiply %6940, %6641 : tensor<768xf32>
    %cst_1600 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6942 = stablehlo.broadcast_in_dim %cst_1600, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6943 = stablehlo.multiply %6942, %6647 : tensor<2304xf32>
    %cst_1601 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6944 = stablehlo.broadcast_in_dim %cst_1601, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6945 = stablehlo.multiply %6944, %6653 : tensor<768x2304xf32>
    %cst_1602 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6946 = stablehlo.broadcast_in_dim %cst_1602, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6947 = stablehlo.multiply %6946, %6659 : tensor<768xf32>
    %cst_1603 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6948 = stablehlo.broadcast_in_dim %cst_1603, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6949 = stablehlo.multiply %6948, %6665 : tensor<768x768xf32>
    %cst_1604 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6950 = stablehlo.broadcast_in_dim %cst_1604, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6951 = stablehlo.multiply %6950, %6671 : tensor<768xf32>
    %cst_1605 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6952 = stablehlo.broadcast_in_dim %cst_1605, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6953 = stablehlo.multiply %6952, %6677 : tensor<768xf32>
    %cst_1606 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6954 = stablehlo.broadcast_in_dim %cst_1606, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6955 = stablehlo.multiply %6954, %6683 : tensor<768xf32>
    %cst_1607 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6956 = stablehlo.broadcast_in_dim %cst_1607, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6957 = stablehlo.multiply %6956, %6689 : tensor<768xf32>
    %cst_1608 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6958 = stablehlo.broadcast_in_dim %cst_1608, dims = [] : (tensor<f32>) -> tensor<768x16xf32>
    %6959 = stablehlo.multiply %6958, %6695 : tensor<768x16xf32>
    %cst_1609 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6960 = stablehlo.broadcast_in_dim %cst_1609, dims = [] : (tensor<f32>) -> tensor<16x768x6144xf32>
    %6961 = stablehlo.multiply %6960, %6701 : tensor<16x768x6144xf32>
    %cst_1610 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6962 = stablehlo.broadcast_in_dim %cst_1610, dims = [] : (tensor<f32>) -> tensor<16x6144x768xf32>
    %6963 = stablehlo.multiply %6962, %6707 : tensor<16x6144x768xf32>
    %cst_1611 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6964 = stablehlo.broadcast_in_dim %cst_1611, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %6965 = stablehlo.multiply %6964, %6713 : tensor<2304xf32>
    %cst_1612 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6966 = stablehlo.broadcast_in_dim %cst_1612, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %6967 = stablehlo.multiply %6966, %6719 : tensor<768x2304xf32>
    %cst_1613 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6968 = stablehlo.broadcast_in_dim %cst_1613, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6969 = stablehlo.multiply %6968, %6725 : tensor<768xf32>
    %cst_1614 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6970 = stablehlo.broadcast_in_dim %cst_1614, dims = [] : (tensor<f32>) -> tensor<768x768xf32>
    %6971 = stablehlo.multiply %6970, %6731 : tensor<768x768xf32>
    %cst_1615 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6972 = stablehlo.broadcast_in_dim %cst_1615, dims = [] : (tensor<f32>) -> tensor<6144xf32>
    %6973 = stablehlo.multiply %6972, %6737 : tensor<6144xf32>
    %cst_1616 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6974 = stablehlo.broadcast_in_dim %cst_1616, dims = [] : (tensor<f32>) -> tensor<768x6144xf32>
    %6975 = stablehlo.multiply %6974, %6743 : tensor<768x6144xf32>
    %cst_1617 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6976 = stablehlo.broadcast_in_dim %cst_1617, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6977 = stablehlo.multiply %6976, %6749 : tensor<768xf32>
    %cst_1618 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6978 = stablehlo.broadcast_in_dim %cst_1618, dims = [] : (tensor<f32>) -> tensor<6144x768xf32>
    %6979 = stablehlo.multiply %6978, %6755 : tensor<6144x768xf32>
    %cst_1619 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6980 = stablehlo.broadcast_in_dim %cst_1619, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6981 = stablehlo.multiply %6980, %6761 : tensor<768xf32>
    %cst_1620 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6982 = stablehlo.broadcast_in_dim %cst_1620, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6983 = stablehlo.multiply %6982, %6767 : tensor<768xf32>
    %cst_1621 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6984 = stablehlo.broadcast_in_dim %cst_1621, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6985 = stablehlo.multiply %6984, %6773 : tensor<768xf32>
    %cst_1622 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6986 = stablehlo.broadcast_in_dim %cst_1622, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6987 = stablehlo.multiply %6986, %6779 : tensor<768xf32>
    %cst_1623 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6988 = stablehlo.broadcast_in_dim %cst_1623, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6989 = stablehlo.multiply %6988, %6785 : tensor<768xf32>
    %cst_1624 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6990 = stablehlo.broadcast_in_dim %cst_1624, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %6991 = stablehlo.multiply %6990, %6791 : tensor<768xf32>
    %cst_1625 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6992 = stablehlo.broadcast_in_dim %cst_1625, dims = [] : (tensor<f32>) -> tensor<1024x768xf32>
    %6993 = stablehlo.multiply %6992, %6797 : tensor<1024x768xf32>
    %cst_1626 = stablehlo.constant dense<-9.99999974E-5> : tensor<f32>
    %6994 = stablehlo.broadcast_in_dim %cst_1626, dims = [] : (tensor<f32>) -> tensor<32000x768xf32>
    %6995 = stablehlo.multiply %6994, %6803 : tensor<32000x768xf32>
    %6996 = stablehlo.add %arg0, %6805 : tensor<2304xf32>
    %6997 = stablehlo.add %arg1, %6807 : tensor<768x2304xf32>
    %6998 = stablehlo.add %arg2, %6809 : tensor<768xf32>
    %6999 = stablehlo.add %arg3, %6811 : tensor<768x768xf32>
    %7000 = stablehlo.add %arg4, %6813 : tensor<768xf32>
    %7001 = stablehlo.add %arg5, %6815 : tensor<768xf32>
    %7002 = stablehlo.add %arg6, %6817 : tensor<768xf32>
    %7003 = stablehlo.add %arg7, %6819 : tensor<768xf32>
    %7004 = stablehlo.add %arg8, %6821 : tensor<768x16xf32>
    %7005 = stablehlo.add %arg9, %6823 : tensor<16x768x6144xf32>
    %7006 = stablehlo.add %arg10, %6825 : tensor<16x6144x768xf32>
    %7007 = stablehlo.add %arg11, %6827 : tensor<2304xf32>
    %7008 = stablehlo.add %arg12, %6829 : tensor<768x2304xf32>
    %7009 = stablehlo.add %arg13, %6831 : tensor<768xf32>
    %7010 = stablehlo.add %arg14, %6833 : tensor<768x768xf32>
    %7011 = stablehlo.add %arg15, %6835 : tensor<6144xf32>
    %7012 = stablehlo.add %arg16, %6837 : tensor<768x6144xf32>
    %7013 = stablehlo.add %arg17, %6839 : tensor<768xf32>
    %7014 = stablehlo.add %arg18, %6841 : tensor<6144x768xf32>
    %7015 = stablehlo.add %arg19, %6843 : tensor<768xf32>
    %7016 = stablehlo.add %arg20, %6845 : tensor<768xf32>
    %7017 = stablehlo.add %arg21, %6847 : tensor<768xf32>
    %7018 = stablehlo.add %arg22, %6849 : tensor<768xf32>
    %7019 = stablehlo.add %arg23, %6851 : tensor<2304xf32>
    %7020 = stablehlo.add %arg24, %6853 : tensor<768x2304xf32>
    %7021 = stablehlo.add %arg25, %6855 : tensor<768xf32>
    %7022 = stablehlo.add %arg26, %6857 : tensor<768x768xf32>
    %7023 = stablehlo.add %arg27, %6859 : tensor<768xf32>
    %7024 = stablehlo.add %arg28, %6861 : tensor<768xf32>
    %7025 = stablehlo.add %arg29, %6863 : tensor<768xf32>
    %7026 = stablehlo.add %arg30, %6865 : tensor<768xf32>
    %7027 = stablehlo.add %arg31, %6867 : tensor<768x16xf32>
    %7028 = stablehlo.add %arg32, %6869 : tensor<16x768x6144xf32>
    %7029 = stablehlo.add %arg33, %6871 : tensor<16x6144x768xf32>
    %7030 = stablehlo.add %arg34, %6873 : tensor<2304xf32>
    %7031 = stablehlo.add %arg35, %6875 : tensor<768x2304xf32>
    %7032 = stablehlo.add %arg36, %6877 : tensor<768xf32>
    %7033 = stablehlo.add %arg37, %6879 : tensor<768x768xf32>
    %7034 = stablehlo.add %arg38, %6881 : tensor<6144xf32>
    %7035 = stablehlo.add %arg39, %6883 : tensor<768x6144xf32>
    %7036 = stablehlo.add %arg40, %6885 : tensor<768xf32>
    %7037 = stablehlo.add %arg41, %6887 : tensor<6144x768xf32>
    %7038 = stablehlo.add %arg42, %6889 : tensor<768xf32>
    %7039 = stablehlo.add %arg43, %6891 : tensor<768xf32>
    %7040 = stablehlo.add %arg44, %6893 : tensor<768xf32>
    %7041 = stablehlo.add %arg45, %6895 : tensor<768xf32>
    %7042 = stablehlo.add %arg46, %6897 : tensor<2304xf32>
    %7043 = stablehlo.add %arg47, %6899 : tensor<768x2304xf32>
    %7044 = stablehlo.add %arg48, %6901 : tensor<768xf32>
    %7045 = stablehlo.add %arg49, %6903 : tensor<768x768xf32>
    %7046 = stablehlo.add %arg50, %6905 : tensor<768xf32>
    %7047 = stablehlo.add %arg51, %6907 : tensor<768xf32>
    %7048 = stablehlo.add %arg52, %6909 : tensor<768xf32>
    %7049 = stablehlo.add %arg53, %6911 : tensor<768xf32>
    %7050 = stablehlo.add %arg54, %6913 : tensor<768x16xf32>
    %7051 = stablehlo.add %arg55, %6915 : tensor<16x768x6144xf32>
    %7052 = stablehlo.add %arg56, %6917 : tensor<16x6144x768xf32>
    %7053 = stablehlo.add %arg57, %6919 : tensor<2304xf32>
    %7054 = stablehlo.add %arg58, %6921 : tensor<768x2304xf32>
    %7055 = stablehlo.add %arg59, %6923 : tensor<768xf32>
    %7056 = stablehlo.add %arg60, %6925 : tensor<768x768xf32>
    %7057 = stablehlo.add %arg61, %6927 : tensor<6144xf32>
    %7058 = stablehlo.add %arg62, %6929 : tensor<768x6144xf32>
    %7059 = stablehlo.add %arg63, %6931 : tensor<768xf32>
    %7060 = stablehlo.add %arg64, %6933 : tensor<6144x768xf32>
    %7061 = stablehlo.add %arg65, %6935 : tensor<768xf32>
    %7062 = stablehlo.add %arg66, %6937 : tensor<768xf32>
    %7063 = stablehlo.add %arg67, %6939 : tensor<768xf32>
    %7064 = stablehlo.add %arg68, %6941 : tensor<768xf32>
    %7065 = stablehlo.add %arg69, %6943 : tensor<2304xf32>
    %7066 = stablehlo.add %arg70, %6945 : tensor<768x2304xf32>
    %7067 = stablehlo.add %arg71, %6947 : tensor<768xf32>
    %7068 = stablehlo.add %arg72, %6949 : tensor<768x768xf32>
    %7069 = stablehlo.add %arg73, %6951 : tensor<768xf32>
    %7070 = stablehlo.add %arg74, %6953 : tensor<768xf32>
    %7071 = stablehlo.add %arg75, %6955 : tensor<768xf32>
    %7072 = stablehlo.add %arg76, %6957 : tensor<768xf32>
    %7073 = stablehlo.add %arg77, %6959 : tensor<768x16xf32>
    %7074 = stablehlo.add %arg78, %6961 : tensor<16x768x6144xf32>
    %7075 = stablehlo.add %arg79, %6963 : tensor<16x6144x768xf32>
    %7076 = stablehlo.add %arg80, %6965 : tensor<2304xf32>
    %7077 = stablehlo.add %arg81, %6967 : tensor<768x2304xf32>
    %7078 = stablehlo.add %arg82, %6969 : tensor<768xf32>
    %7079 = stablehlo.add %arg83, %6971 : tensor<768x768xf32>
    %7080 = stablehlo.add %arg84, %6973 : tensor<6144xf32>
    %7081 = stablehlo.add %arg85, %6975 : tensor<768x6144xf32>
    %7082 = stablehlo.add %arg86, %6977 : tensor<768xf32>
    %7083 = stablehlo.add %arg87, %6979 : tensor<6144x768xf32>
    %7084 = stablehlo.add %arg88, %6981 : tensor<768xf32>
    %7085 = stablehlo.add %arg89, %6983 : tensor<768xf32>
    %7086 = stablehlo.add %arg90, %6985 : tensor<768xf32>
    %7087 = stablehlo.add %arg91, %6987 : tensor<768xf32>
    %7088 = stablehlo.add %arg92, %6989 : tensor<768xf32>
    %7089 = stablehlo.add %arg93, %6991 : tensor<768xf32>
    %7090 = stablehlo.add %arg94, %6993 : tensor<1024x768xf32>
    %7091 = stablehlo.add %arg95, %6995 : tensor<32000x768xf32>
    return %1484, %6996, %6997, %6998, %6999, %7000, %7001, %7002, %7003, %7004, %7005, %7006, %7007, %7008, %7009, %7010, %7011, %7012, %7013, %7014, %7015, %7016, %7017, %7018, %7019, %7020, %7021, %7022, %7023, %7024, %7025, %7026, %7027, %7028, %7029, %7030, %7031, %7032, %7033, %7034, %7035, %7036, %7037, %7038, %7039, %7040, %7041, %7042, %7043, %7044, %7045, %7046, %7047, %7048, %7049, %7050, %7051, %7052, %7053, %7054, %7055, %7056, %7057, %7058, %7059, %7060, %7061, %7062, %7063, %7064, %7065, %7066, %7067, %7068, %7069, %7070, %7071, %7072, %7073, %7074, %7075, %7076, %7077, %7078, %7079, %7080, %7081, %7082, %7083, %7084, %7085, %7086, %7087, %7088, %7089, %7090, %7091, %5835, %4781, %4786, %4791, %4796, %4801, %4806, %4811, %4816, %4821, %4826, %4831, %4836, %4841, %4846, %4851, %4856, %4861, %4866, %4871, %4876, %4881, %4886, %4891, %4896, %4901, %4906, %4911, %4916, %4921, %4926, %4931, %4936, %4941, %4946, %4951, %4956, %4961, %4966, %4971, %4976, %4981, %4986, %4991, %4996, %5001, %5006, %5011, %5016, %5021, %5026, %5031, %5036, %5041, %5046, %5051, %5056, %5061, %5066, %5071, %5076, %5081, %5086, %5091, %5096, %5101, %5106, %5111, %5116, %5121, %5126, %5131, %5136, %5141, %5146, %5151, %5156, %5161, %5166, %5171, %5176, %5181, %5186, %5191, %5196, %5201, %5206, %5211, %5216, %5221, %5226, %5231, %5236, %5241, %5246, %5251, %5256, %5262, %5268, %5274, %5280, %5286, %5292, %5298, %5304, %5310, %5316, %5322, %5328, %5334, %5340, %5346, %5352, %5358, %5364, %5370, %5376, %5382, %5388, %5394, %5400, %5406, %5412, %5418, %5424, %5430, %5436, %5442, %5448, %5454, %5460, %5466, %5472, %5478, %5484, %5490, %5496, %5502, %5508, %5514, %5520, %5526, %5532, %5538, %5544, %5550, %5556, %5562, %5568, %5574, %5580, %5586, %5592, %5598, %5604, %5610, %5616, %5622, %5628, %5634, %5640, %5646, %5652, %5658, %5664, %5670, %5676, %5682, %5688, %5694, %5700, %5706, %5712, %5718, %5724, %5730, %5736, %5742, %5748, %5754, %5760, %5766, %5772, %5778, %5784, %5790, %5796, %5802, %5808, %5814, %5820, %5826, %5832 : tensor<f32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<768xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<768xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<768xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<768xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<1024x768xf32>, tensor<32000x768xf32>, tensor<i32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<768xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<768xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<768xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<768xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<1024x768xf32>, tensor<32000x768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<768xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<768xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<768xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x16xf32>, tensor<16x768x6144xf32>, tensor<16x6144x768xf32>, tensor<2304xf32>, tensor<768x2304xf32>, tensor<768xf32>, tensor<768x768xf32>, tensor<6144xf32>, tensor<768x6144xf32>, tensor<768xf32>, tensor<6144x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<1024x768xf32>, tensor<32000x768xf32>
  }
  func.func private @_take(%arg0: tensor<32000x768xf16>, %arg1: tensor<1024x1024xi32>) -> (tensor<1024x1024x768xf16>, tensor<1024x1024x1xi32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1024x1024xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<1024x1024xi32>, tensor<1024x1024xi32>) -> tensor<1024x1024xi1>
    %c_0 = stablehlo.constant dense<32000> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1024x1024xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<1024x1024xi32>
    %4 = call @_where(%1, %3, %arg1) : (tensor<1024x1024xi1>, tensor<1024x1024xi32>, tensor<1024x1024xi32>) -> tensor<1024x1024xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<1024x1024xi32>) -> tensor<1024x1024x1xi32>
    %c_1 = stablehlo.constant dense<31999> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1024x1024x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<1024x1024x1xi32>, tensor<1024x1024x1xi32>) -> tensor<1024x1024x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [2] : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<1x1x1xi32>) -> tensor<1024x1024x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<1024x1024x1xi32>, tensor<1024x1024x1xi32>) -> tensor<1024x1024x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<1024x1024x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [2] : (tensor<1024x1024x1xi1>, tensor<i1>) -> tensor<1024x1024xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 768>}> : (tensor<32000x768xf16>, tensor<1024x1024x1xi32>) -> tensor<1024x1024x768xf16>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1024x1024xi1>) -> tensor<1024x1024x768xi1>
    %cst = stablehlo.constant dense<0x7E00> : tensor<f16>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f16>) -> tensor<1024x1024x768xf16>
    %16 = stablehlo.select %14, %13, %15 : tensor<1024x1024x768xi1>, tensor<1024x1024x768xf16>
    return %16, %5 : tensor<1024x1024x768xf16>, tensor<1024x1024x1xi32>
  }
  func.func private @_where(%arg0: tensor<1024x1024xi1>, %arg1: tensor<1024x1024xi32>, %arg2: tensor<1024x1024xi32>) -> tensor<1024x1024xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1024x1024xi1>, tensor<1024x1024xi32>
    return %0 : tensor<1024x1024xi32>
  }
  func.func private @_take_0(%arg0: tensor<1024x768xf16>, %arg1: tensor<1024xi32>) -> (tensor<1024x768xf16>, tensor<1024x1xi32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1024xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<1024xi32>, tensor<1024xi32>) -> tensor<1024xi1>
    %c_0 = stablehlo.constant dense<1024> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1024xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<1024xi32>
    %4 = call @_where_1(%1, %3, %arg1) : (tensor<1024xi1>, tensor<1024xi32>, tensor<1024xi32>) -> tensor<1024xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0] : (tensor<1024xi32>) -> tensor<1024x1xi32>
    %c_1 = stablehlo.constant dense<1023> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1024x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<1024x1xi32>, tensor<1024x1xi32>) -> tensor<1024x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [1] : (tensor<1xi32>) -> tensor<1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1] : (tensor<1x1xi32>) -> tensor<1024x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<1024x1xi32>, tensor<1024x1xi32>) -> tensor<1024x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<1024x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [1] : (tensor<1024x1xi1>, tensor<i1>) -> tensor<1024xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 768>}> : (tensor<1024x768xf16>, tensor<1024x1xi32>) -> tensor<1024x768xf16>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0] : (tensor<1024xi1>) -> tensor<1024x768xi1>
    %cst = stablehlo.constant dense<0x7E00> : tensor<f16>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f16>) -> tensor<1024x768xf16>
    %16 = stablehlo.select %14, %13, %15 : tensor<1024x768xi1>, tensor<1024x768xf16>
    return %16, %5 : tensor<1024x768xf16>, tensor<1024x1xi32>
  }
  func.func private @_where_1(%arg0: tensor<1024xi1>, %arg1: tensor<1024xi32>, %arg2: tensor<1024xi32>) -> tensor<1024xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1024xi1>, tensor<1024xi32>
    return %0 : tensor<1024xi32>
  }
  func.func private @tril(%arg0: tensor<1024x1024xi1>) -> tensor<1024x1024xi1> {
    %0 = stablehlo.iota dim = 0 : tensor<1024x1024xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1024x1024xi32>
    %2 = stablehlo.add %0, %1 : tensor<1024x1024xi32>
    %3 = stablehlo.iota dim = 1 : tensor<1024x1024xi32>
    %4 = stablehlo.compare GE, %2, %3, SIGNED : (tensor<1024x1024xi32>, tensor<1024x1024xi32>) -> tensor<1024x1024xi1>
    %c_0 = stablehlo.constant dense<false> : tensor<i1>
    %5 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %6 = stablehlo.select %4, %arg0, %5 : tensor<1024x1024xi1>, tensor<1024x1024xi1>
    return %6 : tensor<1024x1024xi1>
  }
  func.func private @_where_2(%arg0: tensor<1x1x1024x1024xi1>, %arg1: tensor<1024x16x1024x1024xf16>, %arg2: tensor<f16>) -> tensor<1024x16x1024x1024xf16> {
    %0 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3] : (tensor<1x1x1024x1024xi1>) -> tensor<1024x16x1024x1024xi1>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %2 = stablehlo.select %0, %arg1, %1 : tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>
    return %2 : tensor<1024x16x1024x1024xf16>
  }
  func.func private @argmax(%arg0: tensor<512x2048x16xf16>) -> tensor<512x2048xi32> {
    %0 = stablehlo.iota dim = 2 : tensor<512x2048x16xi32>
    %cst = stablehlo.constant dense<0xFC00> : tensor<f16>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1:2 = stablehlo.reduce(%arg0 init: %cst), (%0 init: %c) across dimensions = [2] : (tensor<512x2048x16xf16>, tensor<512x2048x16xi32>, tensor<f16>, tensor<i32>) -> (tensor<512x2048xf16>, tensor<512x2048xi32>)
     reducer(%arg1: tensor<f16>, %arg3: tensor<f16>) (%arg2: tensor<i32>, %arg4: tensor<i32>)  {
      %2 = stablehlo.compare GT, %arg1, %arg3, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
      %3 = stablehlo.compare NE, %arg1, %arg1, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
      %4 = stablehlo.or %2, %3 : tensor<i1>
      %5 = stablehlo.compare EQ, %arg1, %arg3, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
      %6 = stablehlo.compare LT, %arg2, %arg4, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %7 = stablehlo.and %5, %6 : tensor<i1>
      %8 = stablehlo.or %4, %7 : tensor<i1>
      %9 = stablehlo.select %4, %arg1, %arg3 : tensor<i1>, tensor<f16>
      %10 = stablehlo.select %8, %arg2, %arg4 : tensor<i1>, tensor<i32>
      stablehlo.return %9, %10 : tensor<f16>, tensor<i32>
    }
    return %1#1 : tensor<512x2048xi32>
  }
  func.func private @_one_hot(%arg0: tensor<512x2048xi32>) -> tensor<512x2048x16xi32> {
    %0 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<512x2048xi32>) -> tensor<512x2048x1xi32>
    %1 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [0, 1, 2] : (tensor<512x2048x1xi32>) -> tensor<512x2048x16xi32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0, 1, 2] : (tensor<1x1x16xi32>) -> tensor<512x2048x16xi32>
    %4 = stablehlo.compare EQ, %2, %3, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %5 = stablehlo.convert %4 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    return %5 : tensor<512x2048x16xi32>
  }
  func.func private @cumsum(%arg0: tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32> {
    %0 = call @cumsum_3(%arg0) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    return %0 : tensor<512x2048x16xi32>
  }
  func.func private @cumsum_3(%arg0: tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<i32>
    %1 = "stablehlo.reduce_window"(%arg0, %0) <{base_dilations = array<i64: 1, 1, 1>, padding = dense<[[0, 0], [2047, 0], [0, 0]]> : tensor<3x2xi64>, window_dilations = array<i64: 1, 1, 1>, window_dimensions = array<i64: 1, 2048, 1>, window_strides = array<i64: 1, 1, 1>}> ({
    ^bb0(%arg1: tensor<i32>, %arg2: tensor<i32>):
      %2 = stablehlo.add %arg1, %arg2 : tensor<i32>
      stablehlo.return %2 : tensor<i32>
    }) : (tensor<512x2048x16xi32>, tensor<i32>) -> tensor<512x2048x16xi32>
    return %1 : tensor<512x2048x16xi32>
  }
  func.func private @_where_4(%arg0: tensor<512x2048xi1>, %arg1: tensor<512x2048xf16>, %arg2: tensor<512x2048xf16>) -> tensor<512x2048xf16> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<512x2048xi1>, tensor<512x2048xf16>
    return %0 : tensor<512x2048xf16>
  }
  func.func private @_one_hot_5(%arg0: tensor<512x2048xi32>) -> tensor<512x2048x16xf16> {
    %0 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<512x2048xi32>) -> tensor<512x2048x1xi32>
    %1 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [0, 1, 2] : (tensor<512x2048x1xi32>) -> tensor<512x2048x16xi32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0, 1, 2] : (tensor<1x1x16xi32>) -> tensor<512x2048x16xi32>
    %4 = stablehlo.compare EQ, %2, %3, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %5 = stablehlo.convert %4 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xf16>
    return %5 : tensor<512x2048x16xf16>
  }
  func.func private @_one_hot_6(%arg0: tensor<512x2048xi32>) -> tensor<512x2048x256xf16> {
    %0 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<512x2048xi32>) -> tensor<512x2048x1xi32>
    %1 = stablehlo.iota dim = 2 : tensor<1x1x256xi32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [0, 1, 2] : (tensor<512x2048x1xi32>) -> tensor<512x2048x256xi32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<512x2048x256xi32>
    %4 = stablehlo.compare EQ, %2, %3, SIGNED : (tensor<512x2048x256xi32>, tensor<512x2048x256xi32>) -> tensor<512x2048x256xi1>
    %5 = stablehlo.convert %4 : (tensor<512x2048x256xi1>) -> tensor<512x2048x256xf16>
    return %5 : tensor<512x2048x256xf16>
  }
  func.func private @take_along_axis(%arg0: tensor<1024x1024x32000xf32>, %arg1: tensor<1024x1024x1xi32>) -> (tensor<1024x1024x1xf32>, tensor<1024x1024x1x1xi32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1024x1024x1xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<1024x1024x1xi32>, tensor<1024x1024x1xi32>) -> tensor<1024x1024x1xi1>
    %c_0 = stablehlo.constant dense<32000> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1024x1024x1xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<1024x1024x1xi32>
    %4 = stablehlo.select %1, %3, %arg1 : tensor<1024x1024x1xi1>, tensor<1024x1024x1xi32>
    %5 = stablehlo.reshape %4 : (tensor<1024x1024x1xi32>) -> tensor<1024x1024x1x1xi32>
    %c_1 = stablehlo.constant dense<31999> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1024x1024x1x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<1024x1024x1x1xi32>, tensor<1024x1024x1x1xi32>) -> tensor<1024x1024x1x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [3] : (tensor<1xi32>) -> tensor<1x1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2, 3] : (tensor<1x1x1x1xi32>) -> tensor<1024x1024x1x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<1024x1024x1x1xi32>, tensor<1024x1024x1x1xi32>) -> tensor<1024x1024x1x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<1024x1024x1x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [3] : (tensor<1024x1024x1x1xi1>, tensor<i1>) -> tensor<1024x1024x1xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [2], operand_batching_dims = [0, 1], start_indices_batching_dims = [0, 1], start_index_map = [2], index_vector_dim = 3>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 1>}> : (tensor<1024x1024x32000xf32>, tensor<1024x1024x1x1xi32>) -> tensor<1024x1024x1xf32>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %15 = stablehlo.select %12, %13, %14 : tensor<1024x1024x1xi1>, tensor<1024x1024x1xf32>
    return %15, %5 : tensor<1024x1024x1xf32>, tensor<1024x1024x1x1xi32>
  }
  func.func private @_take_7(%arg0: tensor<1024x1024x1xf32>, %arg1: tensor<i32>) -> (tensor<1024x1024xf32>, tensor<1xi32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.compare LT, %arg1, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %1 = stablehlo.add %arg1, %c_0 : tensor<i32>
    %2 = call @_where_8(%0, %1, %arg1) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<1xi32>
    %4 = stablehlo.convert %3 : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.compare GE, %4, %5, SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %7 = stablehlo.compare LE, %4, %c_1, SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %8 = stablehlo.and %6, %7 : tensor<1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %9 = stablehlo.reduce(%8 init: %c_3) applies stablehlo.and across dimensions = [0] : (tensor<1xi1>, tensor<i1>) -> tensor<i1>
    %10 = "stablehlo.gather"(%arg0, %4) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], collapsed_slice_dims = [2], start_index_map = [2]>, indices_are_sorted = false, slice_sizes = array<i64: 1024, 1024, 1>}> : (tensor<1024x1024x1xf32>, tensor<1xi32>) -> tensor<1024x1024xf32>
    %11 = stablehlo.broadcast_in_dim %9, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %13 = stablehlo.select %11, %10, %12 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    return %13, %3 : tensor<1024x1024xf32>, tensor<1xi32>
  }
  func.func private @_where_8(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @_take_9(%arg0: tensor<1xi32>, %arg1: tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1024x1024x1xf32>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [2], scatter_dims_to_operand_dims = [2]>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<1024x1024x1xf32>, tensor<1xi32>, tensor<1024x1024xf32>) -> tensor<1024x1024x1xf32>
    return %1 : tensor<1024x1024x1xf32>
  }
  func.func private @take_along_axis_10(%arg0: tensor<1024x1024x1x1xi32>, %arg1: tensor<1024x1024x1xf32>) -> tensor<1024x1024x32000xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1024x1024x32000xf32>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1], scatter_indices_batching_dims = [0, 1], scatter_dims_to_operand_dims = [2], index_vector_dim = 3>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<1024x1024x32000xf32>, tensor<1024x1024x1x1xi32>, tensor<1024x1024x1xf32>) -> tensor<1024x1024x32000xf32>
    return %1 : tensor<1024x1024x32000xf32>
  }
  func.func private @tril_11(%arg0: tensor<1024x1024xi1>) -> tensor<1024x1024xi1> {
    %0 = stablehlo.iota dim = 0 : tensor<1024x1024xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1024x1024xi32>
    %2 = stablehlo.add %0, %1 : tensor<1024x1024xi32>
    %3 = stablehlo.iota dim = 1 : tensor<1024x1024xi32>
    %4 = stablehlo.compare GE, %2, %3, SIGNED : (tensor<1024x1024xi32>, tensor<1024x1024xi32>) -> tensor<1024x1024xi1>
    %c_0 = stablehlo.constant dense<false> : tensor<i1>
    %5 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %6 = stablehlo.select %4, %arg0, %5 : tensor<1024x1024xi1>, tensor<1024x1024xi1>
    return %6 : tensor<1024x1024xi1>
  }
  func.func private @_where_12(%arg0: tensor<1x1x1024x1024xi1>, %arg1: tensor<1024x16x1024x1024xf16>, %arg2: tensor<f16>) -> (tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>) {
    %0 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3] : (tensor<1x1x1024x1024xi1>) -> tensor<1024x16x1024x1024xi1>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %2 = stablehlo.select %0, %arg1, %1 : tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    return %2, %0, %3 : tensor<1024x16x1024x1024xf16>, tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>
  }
  func.func private @_where_13(%arg0: tensor<1024x16x1024x1024xi1>, %arg1: tensor<1024x16x1024x1024xf16>, %arg2: tensor<1024x16x1024x1024xf16>) -> tensor<1024x16x1024x1024xf16> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f16>) -> tensor<1024x16x1024x1024xf16>
    %1 = stablehlo.select %arg0, %arg2, %0 : tensor<1024x16x1024x1024xi1>, tensor<1024x16x1024x1024xf16>
    return %1 : tensor<1024x16x1024x1024xf16>
  }
  func.func private @_one_hot_14(%arg0: tensor<512x2048xi32>) -> tensor<512x2048x16xi32> {
    %0 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<512x2048xi32>) -> tensor<512x2048x1xi32>
    %1 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [0, 1, 2] : (tensor<512x2048x1xi32>) -> tensor<512x2048x16xi32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0, 1, 2] : (tensor<1x1x16xi32>) -> tensor<512x2048x16xi32>
    %4 = stablehlo.compare EQ, %2, %3, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %5 = stablehlo.convert %4 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xi32>
    return %5 : tensor<512x2048x16xi32>
  }
  func.func private @cumsum_15(%arg0: tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32> {
    %0 = call @cumsum_3(%arg0) : (tensor<512x2048x16xi32>) -> tensor<512x2048x16xi32>
    return %0 : tensor<512x2048x16xi32>
  }
  func.func private @_where_16(%arg0: tensor<512x2048xi1>, %arg1: tensor<512x2048xf16>, %arg2: tensor<512x2048xf16>) -> (tensor<512x2048xf16>, tensor<512x2048xf16>) {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<512x2048xi1>, tensor<512x2048xf16>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    return %0, %1 : tensor<512x2048xf16>, tensor<512x2048xf16>
  }
  func.func private @_one_hot_17(%arg0: tensor<512x2048xi32>) -> tensor<512x2048x16xf16> {
    %0 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<512x2048xi32>) -> tensor<512x2048x1xi32>
    %1 = stablehlo.iota dim = 2 : tensor<1x1x16xi32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [0, 1, 2] : (tensor<512x2048x1xi32>) -> tensor<512x2048x16xi32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0, 1, 2] : (tensor<1x1x16xi32>) -> tensor<512x2048x16xi32>
    %4 = stablehlo.compare EQ, %2, %3, SIGNED : (tensor<512x2048x16xi32>, tensor<512x2048x16xi32>) -> tensor<512x2048x16xi1>
    %5 = stablehlo.convert %4 : (tensor<512x2048x16xi1>) -> tensor<512x2048x16xf16>
    return %5 : tensor<512x2048x16xf16>
  }
  func.func private @_one_hot_18(%arg0: tensor<512x2048xi32>) -> tensor<512x2048x256xf16> {
    %0 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<512x2048xi32>) -> tensor<512x2048x1xi32>
    %1 = stablehlo.iota dim = 2 : tensor<1x1x256xi32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [0, 1, 2] : (tensor<512x2048x1xi32>) -> tensor<512x2048x256xi32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0, 1, 2] : (tensor<1x1x256xi32>) -> tensor<512x2048x256xi32>
    %4 = stablehlo.compare EQ, %2, %3, SIGNED : (tensor<512x2048x256xi32>, tensor<512x2048x256xi32>) -> tensor<512x2048x256xi1>
    %5 = stablehlo.convert %4 : (tensor<512x2048x256xi1>) -> tensor<512x2048x256xf16>
    return %5 : tensor<512x2048x256xf16>
  }
  func.func private @_where_19(%arg0: tensor<512x2048xi1>, %arg1: tensor<512x2048xf16>, %arg2: tensor<512x2048xf16>) -> tensor<512x2048xf16> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f16>) -> tensor<512x2048xf16>
    %1 = stablehlo.select %arg0, %arg2, %0 : tensor<512x2048xi1>, tensor<512x2048xf16>
    return %1 : tensor<512x2048xf16>
  }
  func.func private @_take_20(%arg0: tensor<1024x1xi32>, %arg1: tensor<1024x768xf16>) -> tensor<1024x768xf16> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f16>) -> tensor<1024x768xf16>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f16>, %arg3: tensor<f16>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f16>
      stablehlo.return %2 : tensor<f16>
    }) : (tensor<1024x768xf16>, tensor<1024x1xi32>, tensor<1024x768xf16>) -> tensor<1024x768xf16>
    return %1 : tensor<1024x768xf16>
  }
  func.func private @_take_21(%arg0: tensor<1024x1024x1xi32>, %arg1: tensor<1024x1024x768xf16>) -> tensor<32000x768xf16> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f16>) -> tensor<32000x768xf16>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f16>, %arg3: tensor<f16>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f16>
      stablehlo.return %2 : tensor<f16>
    }) : (tensor<32000x768xf16>, tensor<1024x1024x1xi32>, tensor<1024x1024x768xf16>) -> tensor<32000x768xf16>
    return %1 : tensor<32000x768xf16>
  }
  func.func private @_where_22(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
}
