module @jit_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1024x3072xf32> {tf.aliasing_output = 1 : i32}, %arg1: tensor<1024xf32> {tf.aliasing_output = 2 : i32}, %arg2: tensor<1024x1024xf32> {tf.aliasing_output = 3 : i32}, %arg3: tensor<1024xf32> {tf.aliasing_output = 4 : i32}, %arg4: tensor<1024xf32> {tf.aliasing_output = 5 : i32}, %arg5: tensor<4096xf32> {tf.aliasing_output = 6 : i32}, %arg6: tensor<1024x4096xf32> {tf.aliasing_output = 7 : i32}, %arg7: tensor<1024xf32> {tf.aliasing_output = 8 : i32}, %arg8: tensor<4096x1024xf32> {tf.aliasing_output = 9 : i32}, %arg9: tensor<1024xf32> {tf.aliasing_output = 10 : i32}, %arg10: tensor<1024xf32> {tf.aliasing_output = 11 : i32}, %arg11: tensor<1024xf32> {tf.aliasing_output = 12 : i32}, %arg12: tensor<1024xf32> {tf.aliasing_output = 13 : i32}, %arg13: tensor<1024x3072xf32> {tf.aliasing_output = 14 : i32}, %arg14: tensor<1024xf32> {tf.aliasing_output = 15 : i32}, %arg15: tensor<1024x1024xf32> {tf.aliasing_output = 16 : i32}, %arg16: tensor<1024xf32> {tf.aliasing_output = 17 : i32}, %arg17: tensor<1024xf32> {tf.aliasing_output = 18 : i32}, %arg18: tensor<4096xf32> {tf.aliasing_output = 19 : i32}, %arg19: tensor<1024x4096xf32> {tf.aliasing_output = 20 : i32}, %arg20: tensor<1024xf32> {tf.aliasing_output = 21 : i32}, %arg21: tensor<4096x1024xf32> {tf.aliasing_output = 22 : i32}, %arg22: tensor<1024xf32> {tf.aliasing_output = 23 : i32}, %arg23: tensor<1024xf32> {tf.aliasing_output = 24 : i32}, %arg24: tensor<1024xf32> {tf.aliasing_output = 25 : i32}, %arg25: tensor<1024xf32> {tf.aliasing_output = 26 : i32}, %arg26: tensor<1024x3072xf32> {tf.aliasing_output = 27 : i32}, %arg27: tensor<1024xf32> {tf.aliasing_output = 28 : i32}, %arg28: tensor<1024x1024xf32> {tf.aliasing_output = 29 : i32}, %arg29: tensor<1024xf32> {tf.aliasing_output = 30 : i32}, %arg30: tensor<1024xf32> {tf.aliasing_output = 31 : i32}, %arg31: tensor<4096xf32> {tf.aliasing_output = 32 : i32}, %arg32: tensor<1024x4096xf32> {tf.aliasing_output = 33 : i32}, %arg33: tensor<1024xf32> {tf.aliasing_output = 34 : i32}, %arg34: tensor<4096x1024xf32> {tf.aliasing_output = 35 : i32}, %arg35: tensor<1024xf32> {tf.aliasing_output = 36 : i32}, %arg36: tensor<1024xf32> {tf.aliasing_output = 37 : i32}, %arg37: tensor<1024xf32> {tf.aliasing_output = 38 : i32}, %arg38: tensor<1024xf32> {tf.aliasing_output = 39 : i32}, %arg39: tensor<1024x3072xf32> {tf.aliasing_output = 40 : i32}, %arg40: tensor<1024xf32> {tf.aliasing_output = 41 : i32}, %arg41: tensor<1024x1024xf32> {tf.aliasing_output = 42 : i32}, %arg42: tensor<1024xf32> {tf.aliasing_output = 43 : i32}, %arg43: tensor<1024xf32> {tf.aliasing_output = 44 : i32}, %arg44: tensor<4096xf32> {tf.aliasing_output = 45 : i32}, %arg45: tensor<1024x4096xf32> {tf.aliasing_output = 46 : i32}, %arg46: tensor<1024xf32> {tf.aliasing_output = 47 : i32}, %arg47: tensor<4096x1024xf32> {tf.aliasing_output = 48 : i32}, %arg48: tensor<1024xf32> {tf.aliasing_output = 49 : i32}, %arg49: tensor<1024xf32> {tf.aliasing_output = 50 : i32}, %arg50: tensor<1024xf32> {tf.aliasing_output = 51 : i32}, %arg51: tensor<1024xf32> {tf.aliasing_output = 52 : i32}, %arg52: tensor<1024x3072xf32> {tf.aliasing_output = 53 : i32}, %arg53: tensor<1024xf32> {tf.aliasing_output = 54 : i32}, %arg54: tensor<1024x1024xf32> {tf.aliasing_output = 55 : i32}, %arg55: tensor<1024xf32> {tf.aliasing_output = 56 : i32}, %arg56: tensor<1024xf32> {tf.aliasing_output = 57 : i32}, %arg57: tensor<4096xf32> {tf.aliasing_output = 58 : i32}, %arg58: tensor<1024x4096xf32> {tf.aliasing_output = 59 : i32}, %arg59: tensor<1024xf32> {tf.aliasing_output = 60 : i32}, %arg60: tensor<4096x1024xf32> {tf.aliasing_output = 61 : i32}, %arg61: tensor<1024xf32> {tf.aliasing_output = 62 : i32}, %arg62: tensor<1024xf32> {tf.aliasing_output = 63 : i32}, %arg63: tensor<1024xf32> {tf.aliasing_output = 64 : i32}, %arg64: tensor<1024xf32> {tf.aliasing_output = 65 : i32}, %arg65: tensor<1024x3072xf32> {tf.aliasing_output = 66 : i32}, %arg66: tensor<1024xf32> {tf.aliasing_output = 67 : i32}, %arg67: tensor<1024x1024xf32> {tf.aliasing_output = 68 : i32}, %arg68: tensor<1024xf32> {tf.aliasing_output = 69 : i32}, %arg69: tensor<1024xf32> {tf.aliasing_output = 70 : i32}, %arg70: tensor<4096xf32> {tf.aliasing_output = 71 : i32}, %arg71: tensor<1024x4096xf32> {tf.aliasing_output = 72 : i32}, %arg72: tensor<1024xf32> {tf.aliasing_output = 73 : i32}, %arg73: tensor<4096x1024xf32> {tf.aliasing_output = 74 : i32}, %arg74: tensor<1024xf32> {tf.aliasing_output = 75 : i32}, %arg75: tensor<1024xf32> {tf.aliasing_output = 76 : i32}, %arg76: tensor<1024xf32> {tf.aliasing_output = 77 : i32}, %arg77: tensor<1024xf32> {tf.aliasing_output = 78 : i32}, %arg78: tensor<1024x3072xf32> {tf.aliasing_output = 79 : i32}, %arg79: tensor<1024xf32> {tf.aliasing_output = 80 : i32}, %arg80: tensor<1024x1024xf32> {tf.aliasing_output = 81 : i32}, %arg81: tensor<1024xf32> {tf.aliasing_output = 82 : i32}, %arg82: tensor<1024xf32> {tf.aliasing_output = 83 : i32}, %arg83: tensor<4096xf32> {tf.aliasing_output = 84 : i32}, %arg84: tensor<1024x4096xf32> {tf.aliasing_output = 85 : i32}, %arg85: tensor<1024xf32> {tf.aliasing_output = 86 : i32}, %arg86: tensor<4096x1024xf32> {tf.aliasing_output = 87 : i32}, %arg87: tensor<1024xf32> {tf.aliasing_output = 88 : i32}, %arg88: tensor<1024xf32> {tf.aliasing_output = 89 : i32}, %arg89: tensor<1024xf32> {tf.aliasing_output = 90 : i32}, %arg90: tensor<1024xf32> {tf.aliasing_output = 91 : i32}, %arg91: tensor<1024x3072xf32> {tf.aliasing_output = 92 : i32}, %arg92: tensor<1024xf32> {tf.aliasing_output = 93 : i32}, %arg93: tensor<1024x1024xf32> {tf.aliasing_output = 94 : i32}, %arg94: tensor<1024xf32> {tf.aliasing_output = 95 : i32}, %arg95: tensor<1024xf32> {tf.aliasing_output = 96 : i32}, %arg96: tensor<4096xf32> {tf.aliasing_output = 97 : i32}, %arg97: tensor<1024x4096xf32> {tf.aliasing_output = 98 : i32}, %arg98: tensor<1024xf32> {tf.aliasing_output = 99 : i32}, %arg99: tensor<4096x1024xf32> {tf.aliasing_output = 100 : i32}, %arg100: tensor<1024xf32> {tf.aliasing_output = 101 : i32}, %arg101: tensor<1024xf32> {tf.aliasing_output = 102 : i32}, %arg102: tensor<1024xf32> {tf.aliasing_output = 103 : i32}, %arg103: tensor<1024xf32> {tf.aliasing_output = 104 : i32}, %arg104: tensor<1024x3072xf32> {tf.aliasing_output = 105 : i32}, %arg105: tensor<1024xf32> {tf.aliasing_output = 106 : i32}, %arg106: tensor<1024x1024xf32> {tf.aliasing_output = 107 : i32}, %arg107: tensor<1024xf32> {tf.aliasing_output = 108 : i32}, %arg108: tensor<1024xf32> {tf.aliasing_output = 109 : i32}, %arg109: tensor<4096xf32> {tf.aliasing_output = 110 : i32}, %arg110: tensor<1024x4096xf32> {tf.aliasing_output = 111 : i32}, %arg111: tensor<1024xf32> {tf.aliasing_output = 112 : i32}, %arg112: tensor<4096x1024xf32> {tf.aliasing_output = 113 : i32}, %arg113: tensor<1024xf32> {tf.aliasing_output = 114 : i32}, %arg114: tensor<1024xf32> {tf.aliasing_output = 115 : i32}, %arg115: tensor<1024xf32> {tf.aliasing_output = 116 : i32}, %arg116: tensor<1024xf32> {tf.aliasing_output = 117 : i32}, %arg117: tensor<1024x3072xf32> {tf.aliasing_output = 118 : i32}, %arg118: tensor<1024xf32> {tf.aliasing_output = 119 : i32}, %arg119: tensor<1024x1024xf32> {tf.aliasing_output = 120 : i32}, %arg120: tensor<1024xf32> {tf.aliasing_output = 121 : i32}, %arg121: tensor<1024xf32> {tf.aliasing_output = 122 : i32}, %arg122: tensor<4096xf32> {tf.aliasing_output = 123 : i32}, %arg123: tensor<1024x4096xf32> {tf.aliasing_output = 124 : i32}, %arg124: tensor<1024xf32> {tf.aliasing_output = 125 : i32}, %arg125: tensor<4096x1024xf32> {tf.aliasing_output = 126 : i32}, %arg126: tensor<1024xf32> {tf.aliasing_output = 127 : i32}, %arg127: tensor<1024xf32> {tf.aliasing_output = 128 : i32}, %arg128: tensor<1024xf32> {tf.aliasing_output = 129 : i32}, %arg129: tensor<1024xf32> {tf.aliasing_output = 130 : i32}, %arg130: tensor<1024x3072xf32> {tf.aliasing_output = 131 : i32}, %arg131: tensor<1024xf32> {tf.aliasing_output = 132 : i32}, %arg132: tensor<1024x1024xf32> {tf.aliasing_output = 133 : i32}, %arg133: tensor<1024xf32> {tf.aliasing_output = 134 : i32}, %arg134: tensor<1024xf32> {tf.aliasing_output = 135 : i32}, %arg135: tensor<4096xf32> {tf.aliasing_output = 136 : i32}, %arg136: tensor<1024x4096xf32> {tf.aliasing_output = 137 : i32}, %arg137: tensor<1024xf32> {tf.aliasing_output = 138 : i32}, %arg138: tensor<4096x1024xf32> {tf.aliasing_output = 139 : i32}, %arg139: tensor<1024xf32> {tf.aliasing_output = 140 : i32}, %arg140: tensor<1024xf32> {tf.aliasing_output = 141 : i32}, %arg141: tensor<1024xf32> {tf.aliasing_output = 142 : i32}, %arg142: tensor<1024xf32> {tf.aliasing_output = 143 : i32}, %arg143: tensor<1024x3072xf32> {tf.aliasing_output = 144 : i32}, %arg144: tensor<1024xf32> {tf.aliasing_output = 145 : i32}, %arg145: tensor<1024x1024xf32> {tf.aliasing_output = 146 : i32}, %arg146: tensor<1024xf32> {tf.aliasing_output = 147 : i32}, %arg147: tensor<1024xf32> {tf.aliasing_output = 148 : i32}, %arg148: tensor<4096xf32> {tf.aliasing_output = 149 : i32}, %arg149: tensor<1024x4096xf32> {tf.aliasing_output = 150 : i32}, %arg150: tensor<1024xf32> {tf.aliasing_output = 151 : i32}, %arg151: tensor<4096x1024xf32> {tf.aliasing_output = 152 : i32}, %arg152: tensor<1024xf32> {tf.aliasing_output = 153 : i32}, %arg153: tensor<1024xf32> {tf.aliasing_output = 154 : i32}, %arg154: tensor<1024xf32> {tf.aliasing_output = 155 : i32}, %arg155: tensor<1024xf32> {tf.aliasing_output = 156 : i32}, %arg156: tensor<1024xf32> {tf.aliasing_output = 157 : i32}, %arg157: tensor<1024xf32> {tf.aliasing_output = 158 : i32}, %arg158: tensor<1024x1024xf32> {tf.aliasing_output = 159 : i32}, %arg159: tensor<51200x1024xf32> {tf.aliasing_output = 160 : i32}, %arg160: tensor<i32> {tf.aliasing_output = 161 : i32}, %arg161: tensor<1024x3072xf32> {tf.aliasing_output = 162 : i32}, %arg162: tensor<1024xf32> {tf.aliasing_output = 163 : i32}, %arg163: tensor<1024x1024xf32> {tf.aliasing_output = 164 : i32}, %arg164: tensor<1024xf32> {tf.aliasing_output = 165 : i32}, %arg165: tensor<1024xf32> {tf.aliasing_output = 166 : i32}, %arg166: tensor<4096xf32> {tf.aliasing_output = 167 : i32}, %arg167: tensor<1024x4096xf32> {tf.aliasing_output = 168 : i32}, %arg168: tensor<1024xf32> {tf.aliasing_output = 169 : i32}, %arg169: tensor<4096x1024xf32> {tf.aliasing_output = 170 : i32}, %arg170: tensor<1024xf32> {tf.aliasing_output = 171 : i32}, %arg171: tensor<1024xf32> {tf.aliasing_output = 172 : i32}, %arg172: tensor<1024xf32> {tf.aliasing_output = 173 : i32}, %arg173: tensor<1024xf32> {tf.aliasing_output = 174 : i32}, %arg174: tensor<1024x3072xf32> {tf.aliasing_output = 175 : i32}, %arg175: tensor<1024xf32> {tf.aliasing_output = 176 : i32}, %arg176: tensor<1024x1024xf32> {tf.aliasing_output = 177 : i32}, %arg177: tensor<1024xf32> {tf.aliasing_output = 178 : i32}, %arg178: tensor<1024xf32> {tf.aliasing_output = 179 : i32}, %arg179: tensor<4096xf32> {tf.aliasing_output = 180 : i32}, %arg180: tensor<1024x4096xf32> {tf.aliasing_output = 181 : i32}, %arg181: tensor<1024xf32> {tf.aliasing_output = 182 : i32}, %arg182: tensor<4096x1024xf32> {tf.aliasing_output = 183 : i32}, %arg183: tensor<1024xf32> {tf.aliasing_output = 184 : i32}, %arg184: tensor<1024xf32> {tf.aliasing_output = 185 : i32}, %arg185: tensor<1024xf32> {tf.aliasing_output = 186 : i32}, %arg186: tensor<1024xf32> {tf.aliasing_output = 187 : i32}, %arg187: tensor<1024x3072xf32> {tf.aliasing_output = 188 : i32}, %arg188: tensor<1024xf32> {tf.aliasing_output = 189 : i32}, %arg189: tensor<1024x1024xf32> {tf.aliasing_output = 190 : i32}, %arg190: tensor<1024xf32> {tf.aliasing_output = 191 : i32}, %arg191: tensor<1024xf32> {tf.aliasing_output = 192 : i32}, %arg192: tensor<4096xf32> {tf.aliasing_output = 193 : i32}, %arg193: tensor<1024x4096xf32> {tf.aliasing_output = 194 : i32}, %arg194: tensor<1024xf32> {tf.aliasing_output = 195 : i32}, %arg195: tensor<4096x1024xf32> {tf.aliasing_output = 196 : i32}, %arg196: tensor<1024xf32> {tf.aliasing_output = 197 : i32}, %arg197: tensor<1024xf32> {tf.aliasing_output = 198 : i32}, %arg198: tensor<1024xf32> {tf.aliasing_output = 199 : i32}, %arg199: tensor<1024xf32> {tf.aliasing_output = 200 : i32}, %arg200: tensor<1024x3072xf32> {tf.aliasing_output = 201 : i32}, %arg201: tensor<1024xf32> {tf.aliasing_output = 202 : i32}, %arg202: tensor<1024x1024xf32> {tf.aliasing_output = 203 : i32}, %arg203: tensor<1024xf32> {tf.aliasing_output = 204 : i32}, %arg204: tensor<1024xf32> {tf.aliasing_output = 205 : i32}, %arg205: tensor<4096xf32> {tf.aliasing_output = 206 : i32}, %arg206: tensor<1024x4096xf32> {tf.aliasing_output = 207 : i32}, %arg207: tensor<1024xf32> {tf.aliasing_output = 208 : i32}, %arg208: tensor<4096x1024xf32> {tf.aliasing_output = 209 : i32}, %arg209: tensor<1024xf32> {tf.aliasing_output = 210 : i32}, %arg210: tensor<1024xf32> {tf.aliasing_output = 211 : i32}, %arg211: tensor<1024xf32> {tf.aliasing_output = 212 : i32}, %arg212: tensor<1024xf32> {tf.aliasing_output = 213 : i32}, %arg213: tensor<1024x3072xf32> {tf.aliasing_output = 214 : i32}, %arg214: tensor<1024xf32> {tf.aliasing_output = 215 : i32}, %arg215: tensor<1024x1024xf32> {tf.aliasing_output = 216 : i32}, %arg216: tensor<1024xf32> {tf.aliasing_output = 217 : i32}, %arg217: tensor<1024xf32> {tf.aliasing_output = 218 : i32}, %arg218: tensor<4096xf32> {tf.aliasing_output = 219 : i32}, %arg219: tensor<1024x4096xf32> {tf.aliasing_output = 220 : i32}, %arg220: tensor<1024xf32> {tf.aliasing_output = 221 : i32}, %arg221: tensor<4096x1024xf32> {tf.aliasing_output = 222 : i32}, %arg222: tensor<1024xf32> {tf.aliasing_output = 223 : i32}, %arg223: tensor<1024xf32> {tf.aliasing_output = 224 : i32}, %arg224: tensor<1024xf32> {tf.aliasing_output = 225 : i32}, %arg225: tensor<1024xf32> {tf.aliasing_output = 226 : i32}, %arg226: tensor<1024x3072xf32> {tf.aliasing_output = 227 : i32}, %arg227: tensor<1024xf32> {tf.aliasing_output = 228 : i32}, %arg228: tensor<1024x1024xf32> {tf.aliasing_output = 229 : i32}, %arg229: tensor<1024xf32> {tf.aliasing_output = 230 : i32}, %arg230: tensor<1024xf32> {tf.aliasing_output = 231 : i32}, %arg231: tensor<4096xf32> {tf.aliasing_output = 232 : i32}, %arg232: tensor<1024x4096xf32> {tf.aliasing_output = 233 : i32}, %arg233: tensor<1024xf32> {tf.aliasing_output = 234 : i32}, %arg234: tensor<4096x1024xf32> {tf.aliasing_output = 235 : i32}, %arg235: tensor<1024xf32> {tf.aliasing_output = 236 : i32}, %arg236: tensor<1024xf32> {tf.aliasing_output = 237 : i32}, %arg237: tensor<1024xf32> {tf.aliasing_output = 238 : i32}, %arg238: tensor<1024xf32> {tf.aliasing_output = 239 : i32}, %arg239: tensor<1024x3072xf32> {tf.aliasing_output = 240 : i32}, %arg240: tensor<1024xf32> {tf.aliasing_output = 241 : i32}, %arg241: tensor<1024x1024xf32> {tf.aliasing_output = 242 : i32}, %arg242: tensor<1024xf32> {tf.aliasing_output = 243 : i32}, %arg243: tensor<1024xf32> {tf.aliasing_output = 244 : i32}, %arg244: tensor<4096xf32> {tf.aliasing_output = 245 : i32}, %arg245: tensor<1024x4096xf32> {tf.aliasing_output = 246 : i32}, %arg246: tensor<1024xf32> {tf.aliasing_output = 247 : i32}, %arg247: tensor<4096x1024xf32> {tf.aliasing_output = 248 : i32}, %arg248: tensor<1024xf32> {tf.aliasing_output = 249 : i32}, %arg249: tensor<1024xf32> {tf.aliasing_output = 250 : i32}, %arg250: tensor<1024xf32> {tf.aliasing_output = 251 : i32}, %arg251: tensor<1024xf32> {tf.aliasing_output = 252 : i32}, %arg252: tensor<1024x3072xf32> {tf.aliasing_output = 253 : i32}, %arg253: tensor<1024xf32> {tf.aliasing_output = 254 : i32}, %arg254: tensor<1024x1024xf32> {tf.aliasing_output = 255 : i32}, %arg255: tensor<1024xf32> {tf.aliasing_output = 256 : i32}, %arg256: tensor<1024xf32> {tf.aliasing_output = 257 : i32}, %arg257: tensor<4096xf32> {tf.aliasing_output = 258 : i32}, %arg258: tensor<1024x4096xf32> {tf.aliasing_output = 259 : i32}, %arg259: tensor<1024xf32> {tf.aliasing_output = 260 : i32}, %arg260: tensor<4096x1024xf32> {tf.aliasing_output = 261 : i32}, %arg261: tensor<1024xf32> {tf.aliasing_output = 262 : i32}, %arg262: tensor<1024xf32> {tf.aliasing_output = 263 : i32}, %arg263: tensor<1024xf32> {tf.aliasing_output = 264 : i32}, %arg264: tensor<1024xf32> {tf.aliasing_output = 265 : i32}, %arg265: tensor<1024x3072xf32> {tf.aliasing_output = 266 : i32}, %arg266: tensor<1024xf32> {tf.aliasing_output = 267 : i32}, %arg267: tensor<1024x1024xf32> {tf.aliasing_output = 268 : i32}, %arg268: tensor<1024xf32> {tf.aliasing_output = 269 : i32}, %arg269: tensor<1024xf32> {tf.aliasing_output = 270 : i32}, %arg270: tensor<4096xf32> {tf.aliasing_output = 271 : i32}, %arg271: tensor<1024x4096xf32> {tf.aliasing_output = 272 : i32}, %arg272: tensor<1024xf32> {tf.aliasing_output = 273 : i32}, %arg273: tensor<4096x1024xf32> {tf.aliasing_output = 274 : i32}, %arg274: tensor<1024xf32> {tf.aliasing_output = 275 : i32}, %arg275: tensor<1024xf32> {tf.aliasing_output = 276 : i32}, %arg276: tensor<1024xf32> {tf.aliasing_output = 277 : i32}, %arg277: tensor<1024xf32> {tf.aliasing_output = 278 : i32}, %arg278: tensor<1024x3072xf32> {tf.aliasing_output = 279 : i32}, %arg279: tensor<1024xf32> {tf.aliasing_output = 280 : i32}, %arg280: tensor<1024x1024xf32> {tf.aliasing_output = 281 : i32}, %arg281: tensor<1024xf32> {tf.aliasing_output = 282 : i32}, %arg282: tensor<1024xf32> {tf.aliasing_output = 283 : i32}, %arg283: tensor<4096xf32> {tf.aliasing_output = 284 : i32}, %arg284: tensor<1024x4096xf32> {tf.aliasing_output = 285 : i32}, %arg285: tensor<1024xf32> {tf.aliasing_output = 286 : i32}, %arg286: tensor<4096x1024xf32> {tf.aliasing_output = 287 : i32}, %arg287: tensor<1024xf32> {tf.aliasing_output = 288 : i32}, %arg288: tensor<1024xf32> {tf.aliasing_output = 289 : i32}, %arg289: tensor<1024xf32> {tf.aliasing_output = 290 : i32}, %arg290: tensor<1024xf32> {tf.aliasing_output = 291 : i32}, %arg291: tensor<1024x3072xf32> {tf.aliasing_output = 292 : i32}, %arg292: tensor<1024xf32> {tf.aliasing_output = 293 : i32}, %arg293: tensor<1024x1024xf32> {tf.aliasing_output = 294 : i32}, %arg294: tensor<1024xf32> {tf.aliasing_output = 295 : i32}, %arg295: tensor<1024xf32> {tf.aliasing_output = 296 : i32}, %arg296: tensor<4096xf32> {tf.aliasing_output = 297 : i32}, %arg297: tensor<1024x4096xf32> {tf.aliasing_output = 298 : i32}, %arg298: tensor<1024xf32> {tf.aliasing_output = 299 : i32}, %arg299: tensor<4096x1024xf32> {tf.aliasing_output = 300 : i32}, %arg300: tensor<1024xf32> {tf.aliasing_output = 301 : i32}, %arg301: tensor<1024xf32> {tf.aliasing_output = 302 : i32}, %arg302: tensor<1024xf32> {tf.aliasing_output = 303 : i32}, %arg303: tensor<1024xf32> {tf.aliasing_output = 304 : i32}, %arg304: tensor<1024x3072xf32> {tf.aliasing_output = 305 : i32}, %arg305: tensor<1024xf32> {tf.aliasing_output = 306 : i32}, %arg306: tensor<1024x1024xf32> {tf.aliasing_output = 307 : i32}, %arg307: tensor<1024xf32> {tf.aliasing_output = 308 : i32}, %arg308: tensor<1024xf32> {tf.aliasing_output = 309 : i32}, %arg309: tensor<4096xf32> {tf.aliasing_output = 310 : i32}, %arg310: tensor<1024x4096xf32> {tf.aliasing_output = 311 : i32}, %arg311: tensor<1024xf32> {tf.aliasing_output = 312 : i32}, %arg312: tensor<4096x1024xf32> {tf.aliasing_output = 313 : i32}, %arg313: tensor<1024xf32> {tf.aliasing_output = 314 : i32}, %arg314: tensor<1024xf32> {tf.aliasing_output = 315 : i32}, %arg315: tensor<1024xf32> {tf.aliasing_output = 316 : i32}, %arg316: tensor<1024xf32> {tf.aliasing_output = 317 : i32}, %arg317: tensor<1024xf32> {tf.aliasing_output = 318 : i32}, %arg318: tensor<1024xf32> {tf.aliasing_output = 319 : i32}, %arg319: tensor<1024x1024xf32> {tf.aliasing_output = 320 : i32}, %arg320: tensor<51200x1024xf32> {tf.aliasing_output = 321 : i32}, %arg321: tensor<1024x3072xf32> {tf.aliasing_output = 322 : i32}, %arg322: tensor<1024xf32> {tf.aliasing_output = 323 : i32}, %arg323: tensor<1024x1024xf32> {tf.aliasing_output = 324 : i32}, %arg324: tensor<1024xf32> {tf.aliasing_output = 325 : i32}, %arg325: tensor<1024xf32> {tf.aliasing_output = 326 : i32}, %arg326: tensor<4096xf32> {tf.aliasing_output = 327 : i32}, %arg327: tensor<1024x4096xf32> {tf.aliasing_output = 328 : i32}, %arg328: tensor<1024xf32> {tf.aliasing_output = 329 : i32}, %arg329: tensor<4096x1024xf32> {tf.aliasing_output = 330 : i32}, %arg330: tensor<1024xf32> {tf.aliasing_output = 331 : i32}, %arg331: tensor<1024xf32> {tf.aliasing_output = 332 : i32}, %arg332: tensor<1024xf32> {tf.aliasing_output = 333 : i32}, %arg333: tensor<1024xf32> {tf.aliasing_output = 334 : i32}, %arg334: tensor<1024x3072xf32> {tf.aliasing_output = 335 : i32}, %arg335: tensor<1024xf32> {tf.aliasing_output = 336 : i32}, %arg336: tensor<1024x1024xf32> {tf.aliasing_output = 337 : i32}, %arg337: tensor<1024xf32> {tf.aliasing_output = 338 : i32}, %arg338: tensor<1024xf32> {tf.aliasing_output = 339 : i32}, %arg339: tensor<4096xf32> {tf.aliasing_output = 340 : i32}, %arg340: tensor<1024x4096xf32> {tf.aliasing_output = 341 : i32}, %arg341: tensor<1024xf32> {tf.aliasing_output = 342 : i32}, %arg342: tensor<4096x1024xf32> {tf.aliasing_output = 343 : i32}, %arg343: tensor<1024xf32> {tf.aliasing_output = 344 : i32}, %arg344: tensor<1024xf32> {tf.aliasing_output = 345 : i32}, %arg345: tensor<1024xf32> {tf.aliasing_output = 346 : i32}, %arg346: tensor<1024xf32> {tf.aliasing_output = 347 : i32}, %arg347: tensor<1024x3072xf32> {tf.aliasing_output = 348 : i32}, %arg348: tensor<1024xf32> {tf.aliasing_output = 349 : i32}, %arg349: tensor<1024x1024xf32> {tf.aliasing_output = 350 : i32}, %arg350: tensor<1024xf32> {tf.aliasing_output = 351 : i32}, %arg351: tensor<1024xf32> {tf.aliasing_output = 352 : i32}, %arg352: tensor<4096xf32> {tf.aliasing_output = 353 : i32}, %arg353: tensor<1024x4096xf32> {tf.aliasing_output = 354 : i32}, %arg354: tensor<1024xf32> {tf.aliasing_output = 355 : i32}, %arg355: tensor<4096x1024xf32> {tf.aliasing_output = 356 : i32}, %arg356: tensor<1024xf32> {tf.aliasing_output = 357 : i32}, %arg357: tensor<1024xf32> {tf.aliasing_output = 358 : i32}, %arg358: tensor<1024xf32> {tf.aliasing_output = 359 : i32}, %arg359: tensor<1024xf32> {tf.aliasing_output = 360 : i32}, %arg360: tensor<1024x3072xf32> {tf.aliasing_output = 361 : i32}, %arg361: tensor<1024xf32> {tf.aliasing_output = 362 : i32}, %arg362: tensor<1024x1024xf32> {tf.aliasing_output = 363 : i32}, %arg363: tensor<1024xf32> {tf.aliasing_output = 364 : i32}, %arg364: tensor<1024xf32> {tf.aliasing_output = 365 : i32}, %arg365: tensor<4096xf32> {tf.aliasing_output = 366 : i32}, %arg366: tensor<1024x4096xf32> {tf.aliasing_output = 367 : i32}, %arg367: tensor<1024xf32> {tf.aliasing_output = 368 : i32}, %arg368: tensor<4096x1024xf32> {tf.aliasing_output = 369 : i32}, %arg369: tensor<1024xf32> {tf.aliasing_output = 370 : i32}, %arg370: tensor<1024xf32> {tf.aliasing_output = 371 : i32}, %arg371: tensor<1024xf32> {tf.aliasing_output = 372 : i32}, %arg372: tensor<1024xf32> {tf.aliasing_output = 373 : i32}, %arg373: tensor<1024x3072xf32> {tf.aliasing_output = 374 : i32}, %arg374: tensor<1024xf32> {tf.aliasing_output = 375 : i32}, %arg375: tensor<1024x1024xf32> {tf.aliasing_output = 376 : i32}, %arg376: tensor<1024xf32> {tf.aliasing_output = 377 : i32}, %arg377: tensor<1024xf32> {tf.aliasing_output = 378 : i32}, %arg378: tensor<4096xf32> {tf.aliasing_output = 379 : i32}, %arg379: tensor<1024x4096xf32> {tf.aliasing_output = 380 : i32}, %arg380: tensor<1024xf32> {tf.aliasing_output = 381 : i32}, %arg381: tensor<4096x1024xf32> {tf.aliasing_output = 382 : i32}, %arg382: tensor<1024xf32> {tf.aliasing_output = 383 : i32}, %arg383: tensor<1024xf32> {tf.aliasing_output = 384 : i32}, %arg384: tensor<1024xf32> {tf.aliasing_output = 385 : i32}, %arg385: tensor<1024xf32> {tf.aliasing_output = 386 : i32}, %arg386: tensor<1024x3072xf32> {tf.aliasing_output = 387 : i32}, %arg387: tensor<1024xf32> {tf.aliasing_output = 388 : i32}, %arg388: tensor<1024x1024xf32> {tf.aliasing_output = 389 : i32}, %arg389: tensor<1024xf32> {tf.aliasing_output = 390 : i32}, %arg390: tensor<1024xf32> {tf.aliasing_output = 391 : i32}, %arg391: tensor<4096xf32> {tf.aliasing_output = 392 : i32}, %arg392: tensor<1024x4096xf32> {tf.aliasing_output = 393 : i32}, %arg393: tensor<1024xf32> {tf.aliasing_output = 394 : i32}, %arg394: tensor<4096x1024xf32> {tf.aliasing_output = 395 : i32}, %arg395: tensor<1024xf32> {tf.aliasing_output = 396 : i32}, %arg396: tensor<1024xf32> {tf.aliasing_output = 397 : i32}, %arg397: tensor<1024xf32> {tf.aliasing_output = 398 : i32}, %arg398: tensor<1024xf32> {tf.aliasing_output = 399 : i32}, %arg399: tensor<1024x3072xf32> {tf.aliasing_output = 400 : i32}, %arg400: tensor<1024xf32> {tf.aliasing_output = 401 : i32}, %arg401: tensor<1024x1024xf32> {tf.aliasing_output = 402 : i32}, %arg402: tensor<1024xf32> {tf.aliasing_output = 403 : i32}, %arg403: tensor<1024xf32> {tf.aliasing_output = 404 : i32}, %arg404: tensor<4096xf32> {tf.aliasing_output = 405 : i32}, %arg405: tensor<1024x4096xf32> {tf.aliasing_output = 406 : i32}, %arg406: tensor<1024xf32> {tf.aliasing_output = 407 : i32}, %arg407: tensor<4096x1024xf32> {tf.aliasing_output = 408 : i32}, %arg408: tensor<1024xf32> {tf.aliasing_output = 409 : i32}, %arg409: tensor<1024xf32> {tf.aliasing_output = 410 : i32}, %arg410: tensor<1024xf32> {tf.aliasing_output = 411 : i32}, %arg411: tensor<1024xf32> {tf.aliasing_output = 412 : i32}, %arg412: tensor<1024x3072xf32> {tf.aliasing_output = 413 : i32}, %arg413: tensor<1024xf32> {tf.aliasing_output = 414 : i32}, %arg414: tensor<1024x1024xf32> {tf.aliasing_output = 415 : i32}, %arg415: tensor<1024xf32> {tf.aliasing_output = 416 : i32}, %arg416: tensor<1024xf32> {tf.aliasing_output = 417 : i32}, %arg417: tensor<4096xf32> {tf.aliasing_output = 418 : i32}, %arg418: tensor<1024x4096xf32> {tf.aliasing_output = 419 : i32}, %arg419: tensor<1024xf32> {tf.aliasing_output = 420 : i32}, %arg420: tensor<4096x1024xf32> {tf.aliasing_output = 421 : i32}, %arg421: tensor<1024xf32> {tf.aliasing_output = 422 : i32}, %arg422: tensor<1024xf32> {tf.aliasing_output = 423 : i32}, %arg423: tensor<1024xf32> {tf.aliasing_output = 424 : i32}, %arg424: tensor<1024xf32> {tf.aliasing_output = 425 : i32}, %arg425: tensor<1024x3072xf32> {tf.aliasing_output = 426 : i32}, %arg426: tensor<1024xf32> {tf.aliasing_output = 427 : i32}, %arg427: tensor<1024x1024xf32> {tf.aliasing_output = 428 : i32}, %arg428: tensor<1024xf32> {tf.aliasing_output = 429 : i32}, %arg429: tensor<1024xf32> {tf.aliasing_output = 430 : i32}, %arg430: tensor<4096xf32> {tf.aliasing_output = 431 : i32}, %arg431: tensor<1024x4096xf32> {tf.aliasing_output = 432 : i32}, %arg432: tensor<1024xf32> {tf.aliasing_output = 433 : i32}, %arg433: tensor<4096x1024xf32> {tf.aliasing_output = 434 : i32}, %arg434: tensor<1024xf32> {tf.aliasing_output = 435 : i32}, %arg435: tensor<1024xf32> {tf.aliasing_output = 436 : i32}, %arg436: tensor<1024xf32> {tf.aliasing_output = 437 : i32}, %arg437: tensor<1024xf32> {tf.aliasing_output = 438 : i32}, %arg438: tensor<1024x3072xf32> {tf.aliasing_output = 439 : i32}, %arg439: tensor<1024xf32> {tf.aliasing_output = 440 : i32}, %arg440: tensor<1024x1024xf32> {tf.aliasing_output = 441 : i32}, %arg441: tensor<1024xf32> {tf.aliasing_output = 442 : i32}, %arg442: tensor<1024xf32> {tf.aliasing_output = 443 : i32}, %arg443: tensor<4096xf32> {tf.aliasing_output = 444 : i32}, %arg444: tensor<1024x4096xf32> {tf.aliasing_output = 445 : i32}, %arg445: tensor<1024xf32> {tf.aliasing_output = 446 : i32}, %arg446: tensor<4096x1024xf32> {tf.aliasing_output = 447 : i32}, %arg447: tensor<1024xf32> {tf.aliasing_output = 448 : i32}, %arg448: tensor<1024xf32> {tf.aliasing_output = 449 : i32}, %arg449: tensor<1024xf32> {tf.aliasing_output = 450 : i32}, %arg450: tensor<1024xf32> {tf.aliasing_output = 451 : i32}, %arg451: tensor<1024x3072xf32> {tf.aliasing_output = 452 : i32}, %arg452: tensor<1024xf32> {tf.aliasing_output = 453 : i32}, %arg453: tensor<1024x1024xf32> {tf.aliasing_output = 454 : i32}, %arg454: tensor<1024xf32> {tf.aliasing_output = 455 : i32}, %arg455: tensor<1024xf32> {tf.aliasing_output = 456 : i32}, %arg456: tensor<4096xf32> {tf.aliasing_output = 457 : i32}, %arg457: tensor<1024x4096xf32> {tf.aliasing_output = 458 : i32}, %arg458: tensor<1024xf32> {tf.aliasing_output = 459 : i32}, %arg459: tensor<4096x1024xf32> {tf.aliasing_output = 460 : i32}, %arg460: tensor<1024xf32> {tf.aliasing_output = 461 : i32}, %arg461: tensor<1024xf32> {tf.aliasing_output = 462 : i32}, %arg462: tensor<1024xf32> {tf.aliasing_output = 463 : i32}, %arg463: tensor<1024xf32> {tf.aliasing_output = 464 : i32}, %arg464: tensor<1024x3072xf32> {tf.aliasing_output = 465 : i32}, %arg465: tensor<1024xf32> {tf.aliasing_output = 466 : i32}, %arg466: tensor<1024x1024xf32> {tf.aliasing_output = 467 : i32}, %arg467: tensor<1024xf32> {tf.aliasing_output = 468 : i32}, %arg468: tensor<1024xf32> {tf.aliasing_output = 469 : i32}, %arg469: tensor<4096xf32> {tf.aliasing_output = 470 : i32}, %arg470: tensor<1024x4096xf32> {tf.aliasing_output = 471 : i32}, %arg471: tensor<1024xf32> {tf.aliasing_output = 472 : i32}, %arg472: tensor<4096x1024xf32> {tf.aliasing_output = 473 : i32}, %arg473: tensor<1024xf32> {tf.aliasing_output = 474 : i32}, %arg474: tensor<1024xf32> {tf.aliasing_output = 475 : i32}, %arg475: tensor<1024xf32> {tf.aliasing_output = 476 : i32}, %arg476: tensor<1024xf32> {tf.aliasing_output = 477 : i32}, %arg477: tensor<1024xf32> {tf.aliasing_output = 478 : i32}, %arg478: tensor<1024xf32> {tf.aliasing_output = 479 : i32}, %arg479: tensor<1024x1024xf32> {tf.aliasing_output = 480 : i32}, %arg480: tensor<51200x1024xf32> {tf.aliasing_output = 481 : i32}, %arg481: tensor<8x1024xi32>, %arg482: tensor<8x1024xi32>) -> (tensor<f32> {jax.result_info = "result[0]"}, tensor<1024x3072xf32> {jax.result_info = "result[1]['h_0']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_0']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[1]['h_0']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_0']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_0']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[1]['h_0']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[1]['h_0']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_0']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[1]['h_0']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_0']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_0']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_0']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_0']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[1]['h_1']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_1']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[1]['h_1']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_1']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_1']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[1]['h_1']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[1]['h_1']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_1']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[1]['h_1']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_1']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_1']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_1']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_1']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[1]['h_10']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_10']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[1]['h_10']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_10']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_10']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[1]['h_10']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[1]['h_10']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_10']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[1]['h_10']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_10']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_10']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_10']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_10']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[1]['h_11']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_11']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[1]['h_11']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_11']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_11']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[1]['h_11']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[1]['h_11']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_11']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[1]['h_11']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_11']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_11']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_11']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_11']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[1]['h_2']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_2']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[1]['h_2']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_2']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_2']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[1]['h_2']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[1]['h_2']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_2']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[1]['h_2']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_2']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_2']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_2']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_2']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[1]['h_3']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_3']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[1]['h_3']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_3']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_3']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[1]['h_3']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[1]['h_3']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_3']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[1]['h_3']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_3']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_3']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_3']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_3']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[1]['h_4']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_4']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[1]['h_4']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_4']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_4']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[1]['h_4']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[1]['h_4']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_4']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[1]['h_4']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_4']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_4']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_4']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_4']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[1]['h_5']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_5']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[1]['h_5']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_5']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_5']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[1]['h_5']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[1]['h_5']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_5']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[1]['h_5']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_5']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_5']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_5']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_5']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[1]['h_6']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_6']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[1]['h_6']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_6']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_6']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[1]['h_6']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[1]['h_6']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_6']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[1]['h_6']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_6']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_6']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_6']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_6']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[1]['h_7']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_7']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[1]['h_7']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_7']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_7']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[1]['h_7']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[1]['h_7']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_7']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[1]['h_7']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_7']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_7']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_7']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_7']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[1]['h_8']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_8']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[1]['h_8']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_8']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_8']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[1]['h_8']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[1]['h_8']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_8']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[1]['h_8']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_8']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_8']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_8']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_8']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[1]['h_9']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_9']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[1]['h_9']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_9']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_9']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[1]['h_9']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[1]['h_9']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_9']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[1]['h_9']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_9']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_9']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_9']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['h_9']['ln_2']['scale']"}, tensor<1024xf32> {jax.result_info = "result[1]['ln_f']['bias']"}, tensor<1024xf32> {jax.result_info = "result[1]['ln_f']['scale']"}, tensor<1024x1024xf32> {jax.result_info = "result[1]['wpe']['embedding']"}, tensor<51200x1024xf32> {jax.result_info = "result[1]['wte']['embedding']"}, tensor<i32> {jax.result_info = "result[2][0].count"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].mu['h_0']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_0']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].mu['h_0']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_0']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_0']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].mu['h_0']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].mu['h_0']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_0']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].mu['h_0']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_0']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_0']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_0']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_0']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].mu['h_1']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_1']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].mu['h_1']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_1']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_1']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].mu['h_1']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].mu['h_1']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_1']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].mu['h_1']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_1']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_1']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_1']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_1']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].mu['h_10']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_10']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].mu['h_10']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_10']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_10']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].mu['h_10']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].mu['h_10']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_10']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].mu['h_10']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_10']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_10']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_10']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_10']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].mu['h_11']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_11']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].mu['h_11']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_11']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_11']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].mu['h_11']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].mu['h_11']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_11']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].mu['h_11']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_11']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_11']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_11']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_11']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].mu['h_2']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_2']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].mu['h_2']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_2']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_2']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].mu['h_2']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].mu['h_2']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_2']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].mu['h_2']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_2']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_2']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_2']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_2']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].mu['h_3']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_3']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].mu['h_3']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_3']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_3']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].mu['h_3']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].mu['h_3']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_3']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].mu['h_3']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_3']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_3']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_3']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_3']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].mu['h_4']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_4']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].mu['h_4']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_4']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_4']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].mu['h_4']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].mu['h_4']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_4']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].mu['h_4']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_4']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_4']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_4']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_4']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].mu['h_5']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_5']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].mu['h_5']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_5']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_5']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].mu['h_5']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].mu['h_5']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_5']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].mu['h_5']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_5']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_5']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_5']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_5']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].mu['h_6']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_6']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].mu['h_6']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_6']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_6']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].mu['h_6']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].mu['h_6']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_6']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].mu['h_6']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_6']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_6']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_6']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_6']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].mu['h_7']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_7']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].mu['h_7']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_7']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_7']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].mu['h_7']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].mu['h_7']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_7']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].mu['h_7']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_7']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_7']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_7']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_7']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].mu['h_8']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_8']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].mu['h_8']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_8']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_8']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].mu['h_8']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].mu['h_8']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_8']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].mu['h_8']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_8']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_8']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_8']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_8']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].mu['h_9']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_9']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].mu['h_9']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_9']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_9']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].mu['h_9']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].mu['h_9']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_9']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].mu['h_9']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_9']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_9']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_9']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['h_9']['ln_2']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['ln_f']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].mu['ln_f']['scale']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].mu['wpe']['embedding']"}, tensor<51200x1024xf32> {jax.result_info = "result[2][0].mu['wte']['embedding']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].nu['h_0']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_0']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].nu['h_0']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_0']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_0']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].nu['h_0']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].nu['h_0']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_0']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].nu['h_0']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_0']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_0']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_0']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_0']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].nu['h_1']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_1']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].nu['h_1']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_1']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_1']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].nu['h_1']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].nu['h_1']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_1']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].nu['h_1']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_1']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_1']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_1']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_1']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].nu['h_10']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_10']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].nu['h_10']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_10']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_10']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].nu['h_10']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].nu['h_10']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_10']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].nu['h_10']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_10']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_10']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_10']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_10']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].nu['h_11']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_11']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].nu['h_11']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_11']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_11']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].nu['h_11']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].nu['h_11']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_11']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].nu['h_11']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_11']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_11']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_11']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_11']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].nu['h_2']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_2']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].nu['h_2']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_2']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_2']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].nu['h_2']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].nu['h_2']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_2']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].nu['h_2']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_2']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_2']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_2']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_2']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].nu['h_3']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_3']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].nu['h_3']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_3']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_3']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].nu['h_3']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].nu['h_3']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_3']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].nu['h_3']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_3']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_3']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_3']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_3']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].nu['h_4']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_4']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].nu['h_4']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_4']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_4']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].nu['h_4']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].nu['h_4']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_4']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].nu['h_4']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_4']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_4']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_4']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_4']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].nu['h_5']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_5']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].nu['h_5']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_5']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_5']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].nu['h_5']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].nu['h_5']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_5']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].nu['h_5']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_5']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_5']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_5']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_5']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].nu['h_6']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_6']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].nu['h_6']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_6']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_6']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].nu['h_6']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].nu['h_6']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_6']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].nu['h_6']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_6']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_6']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_6']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_6']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].nu['h_7']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_7']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].nu['h_7']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_7']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_7']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].nu['h_7']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].nu['h_7']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_7']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].nu['h_7']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_7']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_7']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_7']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_7']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].nu['h_8']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_8']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].nu['h_8']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_8']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_8']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].nu['h_8']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].nu['h_8']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_8']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].nu['h_8']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_8']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_8']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_8']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_8']['ln_2']['scale']"}, tensor<1024x3072xf32> {jax.result_info = "result[2][0].nu['h_9']['attn']['c_attn']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_9']['attn']['c_proj']['bias']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].nu['h_9']['attn']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_9']['attn']['q_bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_9']['attn']['v_bias']"}, tensor<4096xf32> {jax.result_info = "result[2][0].nu['h_9']['c_fc']['bias']"}, tensor<1024x4096xf32> {jax.result_info = "result[2][0].nu['h_9']['c_fc']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_9']['c_proj']['bias']"}, tensor<4096x1024xf32> {jax.result_info = "result[2][0].nu['h_9']['c_proj']['kernel']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_9']['ln_1']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_9']['ln_1']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_9']['ln_2']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['h_9']['ln_2']['scale']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['ln_f']['bias']"}, tensor<1024xf32> {jax.result_info = "result[2][0].nu['ln_f']['scale']"}, tensor<1024x1024xf32> {jax.result_info = "result[2][0].nu['wpe']['embedding']"}, tensor<51200x1024xf32> {jax.result_info = "result[2][0].nu['wte']['embedding']"}) {
    %0 = stablehlo.iota dim = 0 : tensor<1024xi32>
    %1:2 = call @_take(%arg159, %arg481) : (tensor<51200x1024xf32>, tensor<8x1024xi32>) -> (tensor<8x1024x1024xf32>, tensor<8x1024x1xi32>)
    %2:2 = call @_take_0(%arg158, %0) : (tensor<1024x1024xf32>, tensor<1024xi32>) -> (tensor<1024x1024xf32>, tensor<1024x1xi32>)
    %3 = stablehlo.broadcast_in_dim %2#0, dims = [1, 2] : (tensor<1024x1024xf32>) -> tensor<1x1024x1024xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1, 2] : (tensor<1x1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %5 = stablehlo.add %1#0, %4 : tensor<8x1024x1024xf32>
    %6 = chlo.square %5 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %8 = stablehlo.multiply %7, %5 : tensor<8x1024x1024xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.reduce(%5 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_1 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %11 = stablehlo.divide %9, %10 : tensor<8x1024xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.reduce(%6 init: %cst_2) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_3 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %14 = stablehlo.divide %12, %13 : tensor<8x1024xf32>
    %15 = chlo.square %11 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_4 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %17 = stablehlo.multiply %16, %11 : tensor<8x1024xf32>
    %18 = stablehlo.subtract %14, %15 : tensor<8x1024xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %20 = stablehlo.maximum %19, %18 : tensor<8x1024xf32>
    %21 = stablehlo.compare EQ, %18, %20, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_6 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %24 = stablehlo.select %21, %22, %23 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %25 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %26 = stablehlo.compare EQ, %25, %20, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_9 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_10 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %28 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %29 = stablehlo.select %26, %27, %28 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %30 = stablehlo.divide %24, %29 : tensor<8x1024xf32>
    %31 = stablehlo.broadcast_in_dim %11, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %32 = stablehlo.broadcast_in_dim %20, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %33 = stablehlo.broadcast_in_dim %31, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %34 = stablehlo.subtract %5, %33 : tensor<8x1024x1024xf32>
    %cst_11 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %36 = stablehlo.add %32, %35 : tensor<8x1024x1xf32>
    %37 = stablehlo.rsqrt %36 : tensor<8x1024x1xf32>
    %38 = stablehlo.divide %37, %36 : tensor<8x1024x1xf32>
    %cst_12 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %39 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %40 = stablehlo.multiply %39, %38 : tensor<8x1024x1xf32>
    %41 = stablehlo.reshape %arg10 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %42 = stablehlo.broadcast_in_dim %37, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %43 = stablehlo.broadcast_in_dim %41, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %44 = stablehlo.multiply %42, %43 : tensor<8x1024x1024xf32>
    %45 = stablehlo.multiply %34, %44 : tensor<8x1024x1024xf32>
    %46 = stablehlo.reshape %arg9 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %47 = stablehlo.broadcast_in_dim %46, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %48 = stablehlo.add %45, %47 : tensor<8x1024x1024xf32>
    %49 = stablehlo.dot_general %48, %arg0, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x3072xf32>
    %50 = stablehlo.reshape %49 : (tensor<8x1024x3072xf32>) -> tensor<8x1024x16x3x64xf32>
    %51 = stablehlo.slice %50 [0:8, 0:1024, 0:16, 0:1, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %52 = stablehlo.reshape %51 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %53 = stablehlo.reshape %arg3 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %56 = stablehlo.add %52, %55 : tensor<8x1024x16x64xf32>
    %57 = stablehlo.slice %50 [0:8, 0:1024, 0:16, 1:2, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %58 = stablehlo.reshape %57 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %59 = stablehlo.slice %50 [0:8, 0:1024, 0:16, 2:3, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %60 = stablehlo.reshape %59 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %61 = stablehlo.reshape %arg4 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %64 = stablehlo.add %60, %63 : tensor<8x1024x16x64xf32>
    %65 = stablehlo.dot_general %56, %58, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %cst_13 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %66 = stablehlo.sqrt %cst_13 : tensor<f32>
    %67 = stablehlo.convert %66 : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %69 = stablehlo.divide %65, %68 : tensor<8x16x1024x1024xf32>
    %c = stablehlo.constant dense<true> : tensor<i1>
    %70 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %71 = call @tril(%70) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %72 = stablehlo.broadcast_in_dim %71, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_14 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %73:3 = call @_where_2(%72, %69, %cst_14) : (tensor<1x1x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>)
    %cst_15 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %74 = stablehlo.reduce(%73#0 init: %cst_15) applies stablehlo.maximum across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %75 = stablehlo.reshape %74 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %77 = stablehlo.compare EQ, %73#0, %76, FLOAT : (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xi1>
    %78 = stablehlo.convert %77 : (tensor<8x16x1024x1024xi1>) -> tensor<8x16x1024x1024xf32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %79 = stablehlo.reduce(%78 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_17 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %81 = stablehlo.maximum %80, %74 : tensor<8x16x1024xf32>
    %82 = stablehlo.compare EQ, %74, %81, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %85 = stablehlo.select %82, %83, %84 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %cst_20 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %87 = stablehlo.compare EQ, %86, %81, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_21 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_22 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %90 = stablehlo.select %87, %88, %89 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %91 = stablehlo.divide %85, %90 : tensor<8x16x1024xf32>
    %92 = stablehlo.broadcast_in_dim %81, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %94 = stablehlo.subtract %73#0, %93 : tensor<8x16x1024x1024xf32>
    %95 = stablehlo.exponential %94 : tensor<8x16x1024x1024xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %96 = stablehlo.reduce(%95 init: %cst_23) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %99 = stablehlo.divide %95, %98 : tensor<8x16x1024x1024xf32>
    %100 = stablehlo.multiply %97, %97 : tensor<8x16x1024x1xf32>
    %cst_24 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1xf32>
    %102 = stablehlo.divide %101, %100 : tensor<8x16x1024x1xf32>
    %103 = stablehlo.dot_general %64, %99, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %104 = stablehlo.transpose %103, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %105 = stablehlo.reshape %104 : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x1024xf32>
    %106 = stablehlo.dot_general %105, %arg2, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %107 = stablehlo.reshape %arg1 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %109 = stablehlo.add %106, %108 : tensor<8x1024x1024xf32>
    %110 = stablehlo.add %5, %109 : tensor<8x1024x1024xf32>
    %111 = chlo.square %110 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_25 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %112 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %113 = stablehlo.multiply %112, %110 : tensor<8x1024x1024xf32>
    %cst_26 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %114 = stablehlo.reduce(%110 init: %cst_26) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_27 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %116 = stablehlo.divide %114, %115 : tensor<8x1024xf32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %117 = stablehlo.reduce(%111 init: %cst_28) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_29 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %118 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %119 = stablehlo.divide %117, %118 : tensor<8x1024xf32>
    %120 = chlo.square %116 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_30 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %122 = stablehlo.multiply %121, %116 : tensor<8x1024xf32>
    %123 = stablehlo.subtract %119, %120 : tensor<8x1024xf32>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %124 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %125 = stablehlo.maximum %124, %123 : tensor<8x1024xf32>
    %126 = stablehlo.compare EQ, %123, %125, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_32 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %129 = stablehlo.select %126, %127, %128 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_34 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %130 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %131 = stablehlo.compare EQ, %130, %125, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_35 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_36 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %133 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %134 = stablehlo.select %131, %132, %133 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %135 = stablehlo.divide %129, %134 : tensor<8x1024xf32>
    %136 = stablehlo.broadcast_in_dim %116, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %137 = stablehlo.broadcast_in_dim %125, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %138 = stablehlo.broadcast_in_dim %136, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %139 = stablehlo.subtract %110, %138 : tensor<8x1024x1024xf32>
    %cst_37 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %140 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %141 = stablehlo.add %137, %140 : tensor<8x1024x1xf32>
    %142 = stablehlo.rsqrt %141 : tensor<8x1024x1xf32>
    %143 = stablehlo.divide %142, %141 : tensor<8x1024x1xf32>
    %cst_38 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %144 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %145 = stablehlo.multiply %144, %143 : tensor<8x1024x1xf32>
    %146 = stablehlo.reshape %arg12 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %147 = stablehlo.broadcast_in_dim %142, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %148 = stablehlo.broadcast_in_dim %146, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %149 = stablehlo.multiply %147, %148 : tensor<8x1024x1024xf32>
    %150 = stablehlo.multiply %139, %149 : tensor<8x1024x1024xf32>
    %151 = stablehlo.reshape %arg11 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %153 = stablehlo.add %150, %152 : tensor<8x1024x1024xf32>
    %154 = stablehlo.dot_general %153, %arg6, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x4096xf32>
    %155 = stablehlo.reshape %arg5 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1, 2] : (tensor<1x1x4096xf32>) -> tensor<8x1024x4096xf32>
    %157 = stablehlo.add %154, %156 : tensor<8x1024x4096xf32>
    %cst_39 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %159 = stablehlo.multiply %158, %157 : tensor<8x1024x4096xf32>
    %160 = stablehlo.negate %157 : tensor<8x1024x4096xf32>
    %cst_40 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %161 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %162 = stablehlo.multiply %160, %161 : tensor<8x1024x4096xf32>
    %163 = chlo.erfc %162 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %164 = chlo.square %162 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %165 = stablehlo.negate %164 : tensor<8x1024x4096xf32>
    %166 = stablehlo.exponential %165 : tensor<8x1024x4096xf32>
    %167 = stablehlo.multiply %159, %163 : tensor<8x1024x4096xf32>
    %168 = stablehlo.dot_general %167, %arg8, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x1024xf32>
    %169 = stablehlo.reshape %arg7 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %171 = stablehlo.add %168, %170 : tensor<8x1024x1024xf32>
    %172 = stablehlo.add %110, %171 : tensor<8x1024x1024xf32>
    %173 = chlo.square %172 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_41 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %175 = stablehlo.multiply %174, %172 : tensor<8x1024x1024xf32>
    %cst_42 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %176 = stablehlo.reduce(%172 init: %cst_42) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_43 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %178 = stablehlo.divide %176, %177 : tensor<8x1024xf32>
    %cst_44 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %179 = stablehlo.reduce(%173 init: %cst_44) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_45 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %181 = stablehlo.divide %179, %180 : tensor<8x1024xf32>
    %182 = chlo.square %178 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_46 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %184 = stablehlo.multiply %183, %178 : tensor<8x1024xf32>
    %185 = stablehlo.subtract %181, %182 : tensor<8x1024xf32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %187 = stablehlo.maximum %186, %185 : tensor<8x1024xf32>
    %188 = stablehlo.compare EQ, %185, %187, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_48 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %190 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %191 = stablehlo.select %188, %189, %190 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %192 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %193 = stablehlo.compare EQ, %192, %187, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_51 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %194 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_52 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %196 = stablehlo.select %193, %194, %195 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %197 = stablehlo.divide %191, %196 : tensor<8x1024xf32>
    %198 = stablehlo.broadcast_in_dim %178, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %199 = stablehlo.broadcast_in_dim %187, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %200 = stablehlo.broadcast_in_dim %198, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %201 = stablehlo.subtract %172, %200 : tensor<8x1024x1024xf32>
    %cst_53 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %203 = stablehlo.add %199, %202 : tensor<8x1024x1xf32>
    %204 = stablehlo.rsqrt %203 : tensor<8x1024x1xf32>
    %205 = stablehlo.divide %204, %203 : tensor<8x1024x1xf32>
    %cst_54 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %206 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %207 = stablehlo.multiply %206, %205 : tensor<8x1024x1xf32>
    %208 = stablehlo.reshape %arg23 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %209 = stablehlo.broadcast_in_dim %204, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %210 = stablehlo.broadcast_in_dim %208, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %211 = stablehlo.multiply %209, %210 : tensor<8x1024x1024xf32>
    %212 = stablehlo.multiply %201, %211 : tensor<8x1024x1024xf32>
    %213 = stablehlo.reshape %arg22 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %215 = stablehlo.add %212, %214 : tensor<8x1024x1024xf32>
    %216 = stablehlo.dot_general %215, %arg13, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x3072xf32>
    %217 = stablehlo.reshape %216 : (tensor<8x1024x3072xf32>) -> tensor<8x1024x16x3x64xf32>
    %218 = stablehlo.slice %217 [0:8, 0:1024, 0:16, 0:1, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %219 = stablehlo.reshape %218 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %220 = stablehlo.reshape %arg16 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %223 = stablehlo.add %219, %222 : tensor<8x1024x16x64xf32>
    %224 = stablehlo.slice %217 [0:8, 0:1024, 0:16, 1:2, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %225 = stablehlo.reshape %224 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %226 = stablehlo.slice %217 [0:8, 0:1024, 0:16, 2:3, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %227 = stablehlo.reshape %226 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %228 = stablehlo.reshape %arg17 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %231 = stablehlo.add %227, %230 : tensor<8x1024x16x64xf32>
    %232 = stablehlo.dot_general %223, %225, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %cst_55 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %233 = stablehlo.sqrt %cst_55 : tensor<f32>
    %234 = stablehlo.convert %233 : tensor<f32>
    %235 = stablehlo.broadcast_in_dim %234, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %236 = stablehlo.divide %232, %235 : tensor<8x16x1024x1024xf32>
    %c_56 = stablehlo.constant dense<true> : tensor<i1>
    %237 = stablehlo.broadcast_in_dim %c_56, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %238 = call @tril(%237) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %239 = stablehlo.broadcast_in_dim %238, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_57 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %240:3 = call @_where_2(%239, %236, %cst_57) : (tensor<1x1x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>)
    %cst_58 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %241 = stablehlo.reduce(%240#0 init: %cst_58) applies stablehlo.maximum across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %242 = stablehlo.reshape %241 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %243 = stablehlo.broadcast_in_dim %242, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %244 = stablehlo.compare EQ, %240#0, %243, FLOAT : (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xi1>
    %245 = stablehlo.convert %244 : (tensor<8x16x1024x1024xi1>) -> tensor<8x16x1024x1024xf32>
    %cst_59 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %246 = stablehlo.reduce(%245 init: %cst_59) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_60 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %247 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %248 = stablehlo.maximum %247, %241 : tensor<8x16x1024xf32>
    %249 = stablehlo.compare EQ, %241, %248, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_61 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %250 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_62 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %252 = stablehlo.select %249, %250, %251 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %cst_63 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %253 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %254 = stablehlo.compare EQ, %253, %248, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_64 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %255 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_65 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %256 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %257 = stablehlo.select %254, %255, %256 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %258 = stablehlo.divide %252, %257 : tensor<8x16x1024xf32>
    %259 = stablehlo.broadcast_in_dim %248, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %261 = stablehlo.subtract %240#0, %260 : tensor<8x16x1024x1024xf32>
    %262 = stablehlo.exponential %261 : tensor<8x16x1024x1024xf32>
    %cst_66 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %263 = stablehlo.reduce(%262 init: %cst_66) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %265 = stablehlo.broadcast_in_dim %264, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %266 = stablehlo.divide %262, %265 : tensor<8x16x1024x1024xf32>
    %267 = stablehlo.multiply %264, %264 : tensor<8x16x1024x1xf32>
    %cst_67 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1xf32>
    %269 = stablehlo.divide %268, %267 : tensor<8x16x1024x1xf32>
    %270 = stablehlo.dot_general %231, %266, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %271 = stablehlo.transpose %270, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %272 = stablehlo.reshape %271 : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x1024xf32>
    %273 = stablehlo.dot_general %272, %arg15, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %274 = stablehlo.reshape %arg14 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %276 = stablehlo.add %273, %275 : tensor<8x1024x1024xf32>
    %277 = stablehlo.add %172, %276 : tensor<8x1024x1024xf32>
    %278 = chlo.square %277 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_68 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %cst_68, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %280 = stablehlo.multiply %279, %277 : tensor<8x1024x1024xf32>
    %cst_69 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %281 = stablehlo.reduce(%277 init: %cst_69) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_70 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %282 = stablehlo.broadcast_in_dim %cst_70, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %283 = stablehlo.divide %281, %282 : tensor<8x1024xf32>
    %cst_71 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %284 = stablehlo.reduce(%278 init: %cst_71) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_72 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %286 = stablehlo.divide %284, %285 : tensor<8x1024xf32>
    %287 = chlo.square %283 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_73 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %288 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %289 = stablehlo.multiply %288, %283 : tensor<8x1024xf32>
    %290 = stablehlo.subtract %286, %287 : tensor<8x1024xf32>
    %cst_74 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %291 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %292 = stablehlo.maximum %291, %290 : tensor<8x1024xf32>
    %293 = stablehlo.compare EQ, %290, %292, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_75 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %294 = stablehlo.broadcast_in_dim %cst_75, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %295 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %296 = stablehlo.select %293, %294, %295 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_77 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %297 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %298 = stablehlo.compare EQ, %297, %292, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_78 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %299 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_79 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %300 = stablehlo.broadcast_in_dim %cst_79, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %301 = stablehlo.select %298, %299, %300 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %302 = stablehlo.divide %296, %301 : tensor<8x1024xf32>
    %303 = stablehlo.broadcast_in_dim %283, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %304 = stablehlo.broadcast_in_dim %292, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %305 = stablehlo.broadcast_in_dim %303, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %306 = stablehlo.subtract %277, %305 : tensor<8x1024x1024xf32>
    %cst_80 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %307 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %308 = stablehlo.add %304, %307 : tensor<8x1024x1xf32>
    %309 = stablehlo.rsqrt %308 : tensor<8x1024x1xf32>
    %310 = stablehlo.divide %309, %308 : tensor<8x1024x1xf32>
    %cst_81 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %311 = stablehlo.broadcast_in_dim %cst_81, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %312 = stablehlo.multiply %311, %310 : tensor<8x1024x1xf32>
    %313 = stablehlo.reshape %arg25 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %314 = stablehlo.broadcast_in_dim %309, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %315 = stablehlo.broadcast_in_dim %313, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %316 = stablehlo.multiply %314, %315 : tensor<8x1024x1024xf32>
    %317 = stablehlo.multiply %306, %316 : tensor<8x1024x1024xf32>
    %318 = stablehlo.reshape %arg24 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %320 = stablehlo.add %317, %319 : tensor<8x1024x1024xf32>
    %321 = stablehlo.dot_general %320, %arg19, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x4096xf32>
    %322 = stablehlo.reshape %arg18 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %323 = stablehlo.broadcast_in_dim %322, dims = [0, 1, 2] : (tensor<1x1x4096xf32>) -> tensor<8x1024x4096xf32>
    %324 = stablehlo.add %321, %323 : tensor<8x1024x4096xf32>
    %cst_82 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %325 = stablehlo.broadcast_in_dim %cst_82, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %326 = stablehlo.multiply %325, %324 : tensor<8x1024x4096xf32>
    %327 = stablehlo.negate %324 : tensor<8x1024x4096xf32>
    %cst_83 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %328 = stablehlo.broadcast_in_dim %cst_83, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %329 = stablehlo.multiply %327, %328 : tensor<8x1024x4096xf32>
    %330 = chlo.erfc %329 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %331 = chlo.square %329 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %332 = stablehlo.negate %331 : tensor<8x1024x4096xf32>
    %333 = stablehlo.exponential %332 : tensor<8x1024x4096xf32>
    %334 = stablehlo.multiply %326, %330 : tensor<8x1024x4096xf32>
    %335 = stablehlo.dot_general %334, %arg21, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x1024xf32>
    %336 = stablehlo.reshape %arg20 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %337 = stablehlo.broadcast_in_dim %336, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %338 = stablehlo.add %335, %337 : tensor<8x1024x1024xf32>
    %339 = stablehlo.add %277, %338 : tensor<8x1024x1024xf32>
    %340 = chlo.square %339 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_84 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %341 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %342 = stablehlo.multiply %341, %339 : tensor<8x1024x1024xf32>
    %cst_85 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %343 = stablehlo.reduce(%339 init: %cst_85) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_86 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %344 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %345 = stablehlo.divide %343, %344 : tensor<8x1024xf32>
    %cst_87 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %346 = stablehlo.reduce(%340 init: %cst_87) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_88 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %347 = stablehlo.broadcast_in_dim %cst_88, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %348 = stablehlo.divide %346, %347 : tensor<8x1024xf32>
    %349 = chlo.square %345 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_89 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %350 = stablehlo.broadcast_in_dim %cst_89, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %351 = stablehlo.multiply %350, %345 : tensor<8x1024xf32>
    %352 = stablehlo.subtract %348, %349 : tensor<8x1024xf32>
    %cst_90 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %353 = stablehlo.broadcast_in_dim %cst_90, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %354 = stablehlo.maximum %353, %352 : tensor<8x1024xf32>
    %355 = stablehlo.compare EQ, %352, %354, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_91 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %356 = stablehlo.broadcast_in_dim %cst_91, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_92 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %357 = stablehlo.broadcast_in_dim %cst_92, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %358 = stablehlo.select %355, %356, %357 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_93 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %359 = stablehlo.broadcast_in_dim %cst_93, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %360 = stablehlo.compare EQ, %359, %354, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_94 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %361 = stablehlo.broadcast_in_dim %cst_94, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_95 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %362 = stablehlo.broadcast_in_dim %cst_95, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %363 = stablehlo.select %360, %361, %362 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %364 = stablehlo.divide %358, %363 : tensor<8x1024xf32>
    %365 = stablehlo.broadcast_in_dim %345, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %366 = stablehlo.broadcast_in_dim %354, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %367 = stablehlo.broadcast_in_dim %365, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %368 = stablehlo.subtract %339, %367 : tensor<8x1024x1024xf32>
    %cst_96 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %369 = stablehlo.broadcast_in_dim %cst_96, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %370 = stablehlo.add %366, %369 : tensor<8x1024x1xf32>
    %371 = stablehlo.rsqrt %370 : tensor<8x1024x1xf32>
    %372 = stablehlo.divide %371, %370 : tensor<8x1024x1xf32>
    %cst_97 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %373 = stablehlo.broadcast_in_dim %cst_97, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %374 = stablehlo.multiply %373, %372 : tensor<8x1024x1xf32>
    %375 = stablehlo.reshape %arg62 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %376 = stablehlo.broadcast_in_dim %371, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %377 = stablehlo.broadcast_in_dim %375, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %378 = stablehlo.multiply %376, %377 : tensor<8x1024x1024xf32>
    %379 = stablehlo.multiply %368, %378 : tensor<8x1024x1024xf32>
    %380 = stablehlo.reshape %arg61 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %381 = stablehlo.broadcast_in_dim %380, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %382 = stablehlo.add %379, %381 : tensor<8x1024x1024xf32>
    %383 = stablehlo.dot_general %382, %arg52, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x3072xf32>
    %384 = stablehlo.reshape %383 : (tensor<8x1024x3072xf32>) -> tensor<8x1024x16x3x64xf32>
    %385 = stablehlo.slice %384 [0:8, 0:1024, 0:16, 0:1, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %386 = stablehlo.reshape %385 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %387 = stablehlo.reshape %arg55 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %388 = stablehlo.broadcast_in_dim %387, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %389 = stablehlo.broadcast_in_dim %388, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %390 = stablehlo.add %386, %389 : tensor<8x1024x16x64xf32>
    %391 = stablehlo.slice %384 [0:8, 0:1024, 0:16, 1:2, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %392 = stablehlo.reshape %391 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %393 = stablehlo.slice %384 [0:8, 0:1024, 0:16, 2:3, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %394 = stablehlo.reshape %393 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %395 = stablehlo.reshape %arg56 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %396 = stablehlo.broadcast_in_dim %395, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %397 = stablehlo.broadcast_in_dim %396, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %398 = stablehlo.add %394, %397 : tensor<8x1024x16x64xf32>
    %399 = stablehlo.dot_general %390, %392, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %cst_98 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %400 = stablehlo.sqrt %cst_98 : tensor<f32>
    %401 = stablehlo.convert %400 : tensor<f32>
    %402 = stablehlo.broadcast_in_dim %401, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %403 = stablehlo.divide %399, %402 : tensor<8x16x1024x1024xf32>
    %c_99 = stablehlo.constant dense<true> : tensor<i1>
    %404 = stablehlo.broadcast_in_dim %c_99, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %405 = call @tril(%404) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %406 = stablehlo.broadcast_in_dim %405, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_100 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %407:3 = call @_where_2(%406, %403, %cst_100) : (tensor<1x1x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>)
    %cst_101 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %408 = stablehlo.reduce(%407#0 init: %cst_101) applies stablehlo.maximum across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %409 = stablehlo.reshape %408 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %410 = stablehlo.broadcast_in_dim %409, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %411 = stablehlo.compare EQ, %407#0, %410, FLOAT : (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xi1>
    %412 = stablehlo.convert %411 : (tensor<8x16x1024x1024xi1>) -> tensor<8x16x1024x1024xf32>
    %cst_102 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %413 = stablehlo.reduce(%412 init: %cst_102) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_103 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %414 = stablehlo.broadcast_in_dim %cst_103, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %415 = stablehlo.maximum %414, %408 : tensor<8x16x1024xf32>
    %416 = stablehlo.compare EQ, %408, %415, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_104 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %417 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_105 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %418 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %419 = stablehlo.select %416, %417, %418 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %cst_106 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %420 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %421 = stablehlo.compare EQ, %420, %415, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_107 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %422 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_108 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %423 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %424 = stablehlo.select %421, %422, %423 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %425 = stablehlo.divide %419, %424 : tensor<8x16x1024xf32>
    %426 = stablehlo.broadcast_in_dim %415, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %427 = stablehlo.broadcast_in_dim %426, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %428 = stablehlo.subtract %407#0, %427 : tensor<8x16x1024x1024xf32>
    %429 = stablehlo.exponential %428 : tensor<8x16x1024x1024xf32>
    %cst_109 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %430 = stablehlo.reduce(%429 init: %cst_109) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %431 = stablehlo.broadcast_in_dim %430, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %432 = stablehlo.broadcast_in_dim %431, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %433 = stablehlo.divide %429, %432 : tensor<8x16x1024x1024xf32>
    %434 = stablehlo.multiply %431, %431 : tensor<8x16x1024x1xf32>
    %cst_110 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %435 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1xf32>
    %436 = stablehlo.divide %435, %434 : tensor<8x16x1024x1xf32>
    %437 = stablehlo.dot_general %398, %433, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %438 = stablehlo.transpose %437, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %439 = stablehlo.reshape %438 : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x1024xf32>
    %440 = stablehlo.dot_general %439, %arg54, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %441 = stablehlo.reshape %arg53 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %442 = stablehlo.broadcast_in_dim %441, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %443 = stablehlo.add %440, %442 : tensor<8x1024x1024xf32>
    %444 = stablehlo.add %339, %443 : tensor<8x1024x1024xf32>
    %445 = chlo.square %444 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_111 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %446 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %447 = stablehlo.multiply %446, %444 : tensor<8x1024x1024xf32>
    %cst_112 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %448 = stablehlo.reduce(%444 init: %cst_112) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_113 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %449 = stablehlo.broadcast_in_dim %cst_113, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %450 = stablehlo.divide %448, %449 : tensor<8x1024xf32>
    %cst_114 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %451 = stablehlo.reduce(%445 init: %cst_114) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_115 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %452 = stablehlo.broadcast_in_dim %cst_115, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %453 = stablehlo.divide %451, %452 : tensor<8x1024xf32>
    %454 = chlo.square %450 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_116 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %455 = stablehlo.broadcast_in_dim %cst_116, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %456 = stablehlo.multiply %455, %450 : tensor<8x1024xf32>
    %457 = stablehlo.subtract %453, %454 : tensor<8x1024xf32>
    %cst_117 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %458 = stablehlo.broadcast_in_dim %cst_117, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %459 = stablehlo.maximum %458, %457 : tensor<8x1024xf32>
    %460 = stablehlo.compare EQ, %457, %459, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_118 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %461 = stablehlo.broadcast_in_dim %cst_118, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_119 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %462 = stablehlo.broadcast_in_dim %cst_119, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %463 = stablehlo.select %460, %461, %462 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_120 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %464 = stablehlo.broadcast_in_dim %cst_120, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %465 = stablehlo.compare EQ, %464, %459, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_121 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %466 = stablehlo.broadcast_in_dim %cst_121, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_122 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %467 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %468 = stablehlo.select %465, %466, %467 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %469 = stablehlo.divide %463, %468 : tensor<8x1024xf32>
    %470 = stablehlo.broadcast_in_dim %450, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %471 = stablehlo.broadcast_in_dim %459, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %472 = stablehlo.broadcast_in_dim %470, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %473 = stablehlo.subtract %444, %472 : tensor<8x1024x1024xf32>
    %cst_123 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %474 = stablehlo.broadcast_in_dim %cst_123, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %475 = stablehlo.add %471, %474 : tensor<8x1024x1xf32>
    %476 = stablehlo.rsqrt %475 : tensor<8x1024x1xf32>
    %477 = stablehlo.divide %476, %475 : tensor<8x1024x1xf32>
    %cst_124 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %478 = stablehlo.broadcast_in_dim %cst_124, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %479 = stablehlo.multiply %478, %477 : tensor<8x1024x1xf32>
    %480 = stablehlo.reshape %arg64 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %481 = stablehlo.broadcast_in_dim %476, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %482 = stablehlo.broadcast_in_dim %480, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %483 = stablehlo.multiply %481, %482 : tensor<8x1024x1024xf32>
    %484 = stablehlo.multiply %473, %483 : tensor<8x1024x1024xf32>
    %485 = stablehlo.reshape %arg63 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %486 = stablehlo.broadcast_in_dim %485, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %487 = stablehlo.add %484, %486 : tensor<8x1024x1024xf32>
    %488 = stablehlo.dot_general %487, %arg58, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x4096xf32>
    %489 = stablehlo.reshape %arg57 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %490 = stablehlo.broadcast_in_dim %489, dims = [0, 1, 2] : (tensor<1x1x4096xf32>) -> tensor<8x1024x4096xf32>
    %491 = stablehlo.add %488, %490 : tensor<8x1024x4096xf32>
    %cst_125 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %492 = stablehlo.broadcast_in_dim %cst_125, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %493 = stablehlo.multiply %492, %491 : tensor<8x1024x4096xf32>
    %494 = stablehlo.negate %491 : tensor<8x1024x4096xf32>
    %cst_126 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %495 = stablehlo.broadcast_in_dim %cst_126, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %496 = stablehlo.multiply %494, %495 : tensor<8x1024x4096xf32>
    %497 = chlo.erfc %496 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %498 = chlo.square %496 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %499 = stablehlo.negate %498 : tensor<8x1024x4096xf32>
    %500 = stablehlo.exponential %499 : tensor<8x1024x4096xf32>
    %501 = stablehlo.multiply %493, %497 : tensor<8x1024x4096xf32>
    %502 = stablehlo.dot_general %501, %arg60, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x1024xf32>
    %503 = stablehlo.reshape %arg59 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %504 = stablehlo.broadcast_in_dim %503, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %505 = stablehlo.add %502, %504 : tensor<8x1024x1024xf32>
    %506 = stablehlo.add %444, %505 : tensor<8x1024x1024xf32>
    %507 = chlo.square %506 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_127 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %508 = stablehlo.broadcast_in_dim %cst_127, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %509 = stablehlo.multiply %508, %506 : tensor<8x1024x1024xf32>
    %cst_128 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %510 = stablehlo.reduce(%506 init: %cst_128) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_129 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %511 = stablehlo.broadcast_in_dim %cst_129, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %512 = stablehlo.divide %510, %511 : tensor<8x1024xf32>
    %cst_130 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %513 = stablehlo.reduce(%507 init: %cst_130) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_131 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %514 = stablehlo.broadcast_in_dim %cst_131, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %515 = stablehlo.divide %513, %514 : tensor<8x1024xf32>
    %516 = chlo.square %512 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_132 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %517 = stablehlo.broadcast_in_dim %cst_132, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %518 = stablehlo.multiply %517, %512 : tensor<8x1024xf32>
    %519 = stablehlo.subtract %515, %516 : tensor<8x1024xf32>
    %cst_133 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %520 = stablehlo.broadcast_in_dim %cst_133, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %521 = stablehlo.maximum %520, %519 : tensor<8x1024xf32>
    %522 = stablehlo.compare EQ, %519, %521, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_134 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %523 = stablehlo.broadcast_in_dim %cst_134, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_135 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %524 = stablehlo.broadcast_in_dim %cst_135, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %525 = stablehlo.select %522, %523, %524 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_136 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %526 = stablehlo.broadcast_in_dim %cst_136, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %527 = stablehlo.compare EQ, %526, %521, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_137 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %528 = stablehlo.broadcast_in_dim %cst_137, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_138 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %529 = stablehlo.broadcast_in_dim %cst_138, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %530 = stablehlo.select %527, %528, %529 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %531 = stablehlo.divide %525, %530 : tensor<8x1024xf32>
    %532 = stablehlo.broadcast_in_dim %512, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %533 = stablehlo.broadcast_in_dim %521, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %534 = stablehlo.broadcast_in_dim %532, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %535 = stablehlo.subtract %506, %534 : tensor<8x1024x1024xf32>
    %cst_139 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %536 = stablehlo.broadcast_in_dim %cst_139, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %537 = stablehlo.add %533, %536 : tensor<8x1024x1xf32>
    %538 = stablehlo.rsqrt %537 : tensor<8x1024x1xf32>
    %539 = stablehlo.divide %538, %537 : tensor<8x1024x1xf32>
    %cst_140 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %540 = stablehlo.broadcast_in_dim %cst_140, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %541 = stablehlo.multiply %540, %539 : tensor<8x1024x1xf32>
    %542 = stablehlo.reshape %arg75 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %543 = stablehlo.broadcast_in_dim %538, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %544 = stablehlo.broadcast_in_dim %542, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %545 = stablehlo.multiply %543, %544 : tensor<8x1024x1024xf32>
    %546 = stablehlo.multiply %535, %545 : tensor<8x1024x1024xf32>
    %547 = stablehlo.reshape %arg74 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %548 = stablehlo.broadcast_in_dim %547, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %549 = stablehlo.add %546, %548 : tensor<8x1024x1024xf32>
    %550 = stablehlo.dot_general %549, %arg65, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x3072xf32>
    %551 = stablehlo.reshape %550 : (tensor<8x1024x3072xf32>) -> tensor<8x1024x16x3x64xf32>
    %552 = stablehlo.slice %551 [0:8, 0:1024, 0:16, 0:1, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %553 = stablehlo.reshape %552 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %554 = stablehlo.reshape %arg68 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %555 = stablehlo.broadcast_in_dim %554, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %556 = stablehlo.broadcast_in_dim %555, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %557 = stablehlo.add %553, %556 : tensor<8x1024x16x64xf32>
    %558 = stablehlo.slice %551 [0:8, 0:1024, 0:16, 1:2, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %559 = stablehlo.reshape %558 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %560 = stablehlo.slice %551 [0:8, 0:1024, 0:16, 2:3, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %561 = stablehlo.reshape %560 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %562 = stablehlo.reshape %arg69 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %563 = stablehlo.broadcast_in_dim %562, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %564 = stablehlo.broadcast_in_dim %563, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %565 = stablehlo.add %561, %564 : tensor<8x1024x16x64xf32>
    %566 = stablehlo.dot_general %557, %559, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %cst_141 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %567 = stablehlo.sqrt %cst_141 : tensor<f32>
    %568 = stablehlo.convert %567 : tensor<f32>
    %569 = stablehlo.broadcast_in_dim %568, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %570 = stablehlo.divide %566, %569 : tensor<8x16x1024x1024xf32>
    %c_142 = stablehlo.constant dense<true> : tensor<i1>
    %571 = stablehlo.broadcast_in_dim %c_142, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %572 = call @tril(%571) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %573 = stablehlo.broadcast_in_dim %572, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_143 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %574:3 = call @_where_2(%573, %570, %cst_143) : (tensor<1x1x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>)
    %cst_144 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %575 = stablehlo.reduce(%574#0 init: %cst_144) applies stablehlo.maximum across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %576 = stablehlo.reshape %575 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %577 = stablehlo.broadcast_in_dim %576, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %578 = stablehlo.compare EQ, %574#0, %577, FLOAT : (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xi1>
    %579 = stablehlo.convert %578 : (tensor<8x16x1024x1024xi1>) -> tensor<8x16x1024x1024xf32>
    %cst_145 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %580 = stablehlo.reduce(%579 init: %cst_145) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_146 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %581 = stablehlo.broadcast_in_dim %cst_146, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %582 = stablehlo.maximum %581, %575 : tensor<8x16x1024xf32>
    %583 = stablehlo.compare EQ, %575, %582, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_147 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %584 = stablehlo.broadcast_in_dim %cst_147, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_148 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %585 = stablehlo.broadcast_in_dim %cst_148, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %586 = stablehlo.select %583, %584, %585 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %cst_149 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %587 = stablehlo.broadcast_in_dim %cst_149, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %588 = stablehlo.compare EQ, %587, %582, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_150 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %589 = stablehlo.broadcast_in_dim %cst_150, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_151 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %590 = stablehlo.broadcast_in_dim %cst_151, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %591 = stablehlo.select %588, %589, %590 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %592 = stablehlo.divide %586, %591 : tensor<8x16x1024xf32>
    %593 = stablehlo.broadcast_in_dim %582, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %594 = stablehlo.broadcast_in_dim %593, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %595 = stablehlo.subtract %574#0, %594 : tensor<8x16x1024x1024xf32>
    %596 = stablehlo.exponential %595 : tensor<8x16x1024x1024xf32>
    %cst_152 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %597 = stablehlo.reduce(%596 init: %cst_152) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %598 = stablehlo.broadcast_in_dim %597, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %599 = stablehlo.broadcast_in_dim %598, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %600 = stablehlo.divide %596, %599 : tensor<8x16x1024x1024xf32>
    %601 = stablehlo.multiply %598, %598 : tensor<8x16x1024x1xf32>
    %cst_153 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %602 = stablehlo.broadcast_in_dim %cst_153, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1xf32>
    %603 = stablehlo.divide %602, %601 : tensor<8x16x1024x1xf32>
    %604 = stablehlo.dot_general %565, %600, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %605 = stablehlo.transpose %604, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %606 = stablehlo.reshape %605 : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x1024xf32>
    %607 = stablehlo.dot_general %606, %arg67, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %608 = stablehlo.reshape %arg66 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %609 = stablehlo.broadcast_in_dim %608, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %610 = stablehlo.add %607, %609 : tensor<8x1024x1024xf32>
    %611 = stablehlo.add %506, %610 : tensor<8x1024x1024xf32>
    %612 = chlo.square %611 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_154 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %613 = stablehlo.broadcast_in_dim %cst_154, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %614 = stablehlo.multiply %613, %611 : tensor<8x1024x1024xf32>
    %cst_155 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %615 = stablehlo.reduce(%611 init: %cst_155) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_156 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %616 = stablehlo.broadcast_in_dim %cst_156, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %617 = stablehlo.divide %615, %616 : tensor<8x1024xf32>
    %cst_157 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %618 = stablehlo.reduce(%612 init: %cst_157) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_158 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %619 = stablehlo.broadcast_in_dim %cst_158, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %620 = stablehlo.divide %618, %619 : tensor<8x1024xf32>
    %621 = chlo.square %617 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_159 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %622 = stablehlo.broadcast_in_dim %cst_159, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %623 = stablehlo.multiply %622, %617 : tensor<8x1024xf32>
    %624 = stablehlo.subtract %620, %621 : tensor<8x1024xf32>
    %cst_160 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %625 = stablehlo.broadcast_in_dim %cst_160, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %626 = stablehlo.maximum %625, %624 : tensor<8x1024xf32>
    %627 = stablehlo.compare EQ, %624, %626, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_161 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %628 = stablehlo.broadcast_in_dim %cst_161, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_162 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %629 = stablehlo.broadcast_in_dim %cst_162, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %630 = stablehlo.select %627, %628, %629 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_163 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %631 = stablehlo.broadcast_in_dim %cst_163, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %632 = stablehlo.compare EQ, %631, %626, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_164 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %633 = stablehlo.broadcast_in_dim %cst_164, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_165 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %634 = stablehlo.broadcast_in_dim %cst_165, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %635 = stablehlo.select %632, %633, %634 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %636 = stablehlo.divide %630, %635 : tensor<8x1024xf32>
    %637 = stablehlo.broadcast_in_dim %617, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %638 = stablehlo.broadcast_in_dim %626, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %639 = stablehlo.broadcast_in_dim %637, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %640 = stablehlo.subtract %611, %639 : tensor<8x1024x1024xf32>
    %cst_166 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %641 = stablehlo.broadcast_in_dim %cst_166, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %642 = stablehlo.add %638, %641 : tensor<8x1024x1xf32>
    %643 = stablehlo.rsqrt %642 : tensor<8x1024x1xf32>
    %644 = stablehlo.divide %643, %642 : tensor<8x1024x1xf32>
    %cst_167 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %645 = stablehlo.broadcast_in_dim %cst_167, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %646 = stablehlo.multiply %645, %644 : tensor<8x1024x1xf32>
    %647 = stablehlo.reshape %arg77 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %648 = stablehlo.broadcast_in_dim %643, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %649 = stablehlo.broadcast_in_dim %647, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %650 = stablehlo.multiply %648, %649 : tensor<8x1024x1024xf32>
    %651 = stablehlo.multiply %640, %650 : tensor<8x1024x1024xf32>
    %652 = stablehlo.reshape %arg76 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %653 = stablehlo.broadcast_in_dim %652, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %654 = stablehlo.add %651, %653 : tensor<8x1024x1024xf32>
    %655 = stablehlo.dot_general %654, %arg71, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x4096xf32>
    %656 = stablehlo.reshape %arg70 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %657 = stablehlo.broadcast_in_dim %656, dims = [0, 1, 2] : (tensor<1x1x4096xf32>) -> tensor<8x1024x4096xf32>
    %658 = stablehlo.add %655, %657 : tensor<8x1024x4096xf32>
    %cst_168 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %659 = stablehlo.broadcast_in_dim %cst_168, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %660 = stablehlo.multiply %659, %658 : tensor<8x1024x4096xf32>
    %661 = stablehlo.negate %658 : tensor<8x1024x4096xf32>
    %cst_169 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %662 = stablehlo.broadcast_in_dim %cst_169, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %663 = stablehlo.multiply %661, %662 : tensor<8x1024x4096xf32>
    %664 = chlo.erfc %663 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %665 = chlo.square %663 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %666 = stablehlo.negate %665 : tensor<8x1024x4096xf32>
    %667 = stablehlo.exponential %666 : tensor<8x1024x4096xf32>
    %668 = stablehlo.multiply %660, %664 : tensor<8x1024x4096xf32>
    %669 = stablehlo.dot_general %668, %arg73, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x1024xf32>
    %670 = stablehlo.reshape %arg72 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %671 = stablehlo.broadcast_in_dim %670, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %672 = stablehlo.add %669, %671 : tensor<8x1024x1024xf32>
    %673 = stablehlo.add %611, %672 : tensor<8x1024x1024xf32>
    %674 = chlo.square %673 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_170 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %675 = stablehlo.broadcast_in_dim %cst_170, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %676 = stablehlo.multiply %675, %673 : tensor<8x1024x1024xf32>
    %cst_171 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %677 = stablehlo.reduce(%673 init: %cst_171) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_172 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %678 = stablehlo.broadcast_in_dim %cst_172, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %679 = stablehlo.divide %677, %678 : tensor<8x1024xf32>
    %cst_173 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %680 = stablehlo.reduce(%674 init: %cst_173) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_174 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %681 = stablehlo.broadcast_in_dim %cst_174, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %682 = stablehlo.divide %680, %681 : tensor<8x1024xf32>
    %683 = chlo.square %679 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_175 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %684 = stablehlo.broadcast_in_dim %cst_175, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %685 = stablehlo.multiply %684, %679 : tensor<8x1024xf32>
    %686 = stablehlo.subtract %682, %683 : tensor<8x1024xf32>
    %cst_176 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %687 = stablehlo.broadcast_in_dim %cst_176, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %688 = stablehlo.maximum %687, %686 : tensor<8x1024xf32>
    %689 = stablehlo.compare EQ, %686, %688, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_177 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %690 = stablehlo.broadcast_in_dim %cst_177, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_178 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %691 = stablehlo.broadcast_in_dim %cst_178, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %692 = stablehlo.select %689, %690, %691 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_179 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %693 = stablehlo.broadcast_in_dim %cst_179, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %694 = stablehlo.compare EQ, %693, %688, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_180 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %695 = stablehlo.broadcast_in_dim %cst_180, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_181 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %696 = stablehlo.broadcast_in_dim %cst_181, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %697 = stablehlo.select %694, %695, %696 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %698 = stablehlo.divide %692, %697 : tensor<8x1024xf32>
    %699 = stablehlo.broadcast_in_dim %679, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %700 = stablehlo.broadcast_in_dim %688, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %701 = stablehlo.broadcast_in_dim %699, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %702 = stablehlo.subtract %673, %701 : tensor<8x1024x1024xf32>
    %cst_182 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %703 = stablehlo.broadcast_in_dim %cst_182, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %704 = stablehlo.add %700, %703 : tensor<8x1024x1xf32>
    %705 = stablehlo.rsqrt %704 : tensor<8x1024x1xf32>
    %706 = stablehlo.divide %705, %704 : tensor<8x1024x1xf32>
    %cst_183 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %707 = stablehlo.broadcast_in_dim %cst_183, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %708 = stablehlo.multiply %707, %706 : tensor<8x1024x1xf32>
    %709 = stablehlo.reshape %arg88 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %710 = stablehlo.broadcast_in_dim %705, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %711 = stablehlo.broadcast_in_dim %709, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %712 = stablehlo.multiply %710, %711 : tensor<8x1024x1024xf32>
    %713 = stablehlo.multiply %702, %712 : tensor<8x1024x1024xf32>
    %714 = stablehlo.reshape %arg87 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %715 = stablehlo.broadcast_in_dim %714, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %716 = stablehlo.add %713, %715 : tensor<8x1024x1024xf32>
    %717 = stablehlo.dot_general %716, %arg78, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x3072xf32>
    %718 = stablehlo.reshape %717 : (tensor<8x1024x3072xf32>) -> tensor<8x1024x16x3x64xf32>
    %719 = stablehlo.slice %718 [0:8, 0:1024, 0:16, 0:1, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %720 = stablehlo.reshape %719 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %721 = stablehlo.reshape %arg81 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %722 = stablehlo.broadcast_in_dim %721, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %723 = stablehlo.broadcast_in_dim %722, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %724 = stablehlo.add %720, %723 : tensor<8x1024x16x64xf32>
    %725 = stablehlo.slice %718 [0:8, 0:1024, 0:16, 1:2, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %726 = stablehlo.reshape %725 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %727 = stablehlo.slice %718 [0:8, 0:1024, 0:16, 2:3, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %728 = stablehlo.reshape %727 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %729 = stablehlo.reshape %arg82 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %730 = stablehlo.broadcast_in_dim %729, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %731 = stablehlo.broadcast_in_dim %730, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %732 = stablehlo.add %728, %731 : tensor<8x1024x16x64xf32>
    %733 = stablehlo.dot_general %724, %726, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %cst_184 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %734 = stablehlo.sqrt %cst_184 : tensor<f32>
    %735 = stablehlo.convert %734 : tensor<f32>
    %736 = stablehlo.broadcast_in_dim %735, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %737 = stablehlo.divide %733, %736 : tensor<8x16x1024x1024xf32>
    %c_185 = stablehlo.constant dense<true> : tensor<i1>
    %738 = stablehlo.broadcast_in_dim %c_185, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %739 = call @tril(%738) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %740 = stablehlo.broadcast_in_dim %739, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_186 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %741:3 = call @_where_2(%740, %737, %cst_186) : (tensor<1x1x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>)
    %cst_187 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %742 = stablehlo.reduce(%741#0 init: %cst_187) applies stablehlo.maximum across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %743 = stablehlo.reshape %742 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %744 = stablehlo.broadcast_in_dim %743, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %745 = stablehlo.compare EQ, %741#0, %744, FLOAT : (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xi1>
    %746 = stablehlo.convert %745 : (tensor<8x16x1024x1024xi1>) -> tensor<8x16x1024x1024xf32>
    %cst_188 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %747 = stablehlo.reduce(%746 init: %cst_188) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_189 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %748 = stablehlo.broadcast_in_dim %cst_189, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %749 = stablehlo.maximum %748, %742 : tensor<8x16x1024xf32>
    %750 = stablehlo.compare EQ, %742, %749, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_190 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %751 = stablehlo.broadcast_in_dim %cst_190, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_191 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %752 = stablehlo.broadcast_in_dim %cst_191, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %753 = stablehlo.select %750, %751, %752 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %cst_192 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %754 = stablehlo.broadcast_in_dim %cst_192, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %755 = stablehlo.compare EQ, %754, %749, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_193 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %756 = stablehlo.broadcast_in_dim %cst_193, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_194 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %757 = stablehlo.broadcast_in_dim %cst_194, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %758 = stablehlo.select %755, %756, %757 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %759 = stablehlo.divide %753, %758 : tensor<8x16x1024xf32>
    %760 = stablehlo.broadcast_in_dim %749, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %761 = stablehlo.broadcast_in_dim %760, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %762 = stablehlo.subtract %741#0, %761 : tensor<8x16x1024x1024xf32>
    %763 = stablehlo.exponential %762 : tensor<8x16x1024x1024xf32>
    %cst_195 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %764 = stablehlo.reduce(%763 init: %cst_195) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %765 = stablehlo.broadcast_in_dim %764, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %766 = stablehlo.broadcast_in_dim %765, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %767 = stablehlo.divide %763, %766 : tensor<8x16x1024x1024xf32>
    %768 = stablehlo.multiply %765, %765 : tensor<8x16x1024x1xf32>
    %cst_196 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %769 = stablehlo.broadcast_in_dim %cst_196, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1xf32>
    %770 = stablehlo.divide %769, %768 : tensor<8x16x1024x1xf32>
    %771 = stablehlo.dot_general %732, %767, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %772 = stablehlo.transpose %771, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %773 = stablehlo.reshape %772 : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x1024xf32>
    %774 = stablehlo.dot_general %773, %arg80, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %775 = stablehlo.reshape %arg79 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %776 = stablehlo.broadcast_in_dim %775, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %777 = stablehlo.add %774, %776 : tensor<8x1024x1024xf32>
    %778 = stablehlo.add %673, %777 : tensor<8x1024x1024xf32>
    %779 = chlo.square %778 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_197 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %780 = stablehlo.broadcast_in_dim %cst_197, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %781 = stablehlo.multiply %780, %778 : tensor<8x1024x1024xf32>
    %cst_198 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %782 = stablehlo.reduce(%778 init: %cst_198) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_199 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %783 = stablehlo.broadcast_in_dim %cst_199, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %784 = stablehlo.divide %782, %783 : tensor<8x1024xf32>
    %cst_200 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %785 = stablehlo.reduce(%779 init: %cst_200) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_201 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %786 = stablehlo.broadcast_in_dim %cst_201, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %787 = stablehlo.divide %785, %786 : tensor<8x1024xf32>
    %788 = chlo.square %784 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_202 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %789 = stablehlo.broadcast_in_dim %cst_202, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %790 = stablehlo.multiply %789, %784 : tensor<8x1024xf32>
    %791 = stablehlo.subtract %787, %788 : tensor<8x1024xf32>
    %cst_203 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %792 = stablehlo.broadcast_in_dim %cst_203, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %793 = stablehlo.maximum %792, %791 : tensor<8x1024xf32>
    %794 = stablehlo.compare EQ, %791, %793, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_204 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %795 = stablehlo.broadcast_in_dim %cst_204, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_205 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %796 = stablehlo.broadcast_in_dim %cst_205, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %797 = stablehlo.select %794, %795, %796 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_206 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %798 = stablehlo.broadcast_in_dim %cst_206, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %799 = stablehlo.compare EQ, %798, %793, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_207 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %800 = stablehlo.broadcast_in_dim %cst_207, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_208 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %801 = stablehlo.broadcast_in_dim %cst_208, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %802 = stablehlo.select %799, %800, %801 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %803 = stablehlo.divide %797, %802 : tensor<8x1024xf32>
    %804 = stablehlo.broadcast_in_dim %784, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %805 = stablehlo.broadcast_in_dim %793, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %806 = stablehlo.broadcast_in_dim %804, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %807 = stablehlo.subtract %778, %806 : tensor<8x1024x1024xf32>
    %cst_209 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %808 = stablehlo.broadcast_in_dim %cst_209, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %809 = stablehlo.add %805, %808 : tensor<8x1024x1xf32>
    %810 = stablehlo.rsqrt %809 : tensor<8x1024x1xf32>
    %811 = stablehlo.divide %810, %809 : tensor<8x1024x1xf32>
    %cst_210 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %812 = stablehlo.broadcast_in_dim %cst_210, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %813 = stablehlo.multiply %812, %811 : tensor<8x1024x1xf32>
    %814 = stablehlo.reshape %arg90 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %815 = stablehlo.broadcast_in_dim %810, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %816 = stablehlo.broadcast_in_dim %814, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %817 = stablehlo.multiply %815, %816 : tensor<8x1024x1024xf32>
    %818 = stablehlo.multiply %807, %817 : tensor<8x1024x1024xf32>
    %819 = stablehlo.reshape %arg89 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %820 = stablehlo.broadcast_in_dim %819, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %821 = stablehlo.add %818, %820 : tensor<8x1024x1024xf32>
    %822 = stablehlo.dot_general %821, %arg84, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x4096xf32>
    %823 = stablehlo.reshape %arg83 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %824 = stablehlo.broadcast_in_dim %823, dims = [0, 1, 2] : (tensor<1x1x4096xf32>) -> tensor<8x1024x4096xf32>
    %825 = stablehlo.add %822, %824 : tensor<8x1024x4096xf32>
    %cst_211 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %826 = stablehlo.broadcast_in_dim %cst_211, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %827 = stablehlo.multiply %826, %825 : tensor<8x1024x4096xf32>
    %828 = stablehlo.negate %825 : tensor<8x1024x4096xf32>
    %cst_212 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %829 = stablehlo.broadcast_in_dim %cst_212, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %830 = stablehlo.multiply %828, %829 : tensor<8x1024x4096xf32>
    %831 = chlo.erfc %830 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %832 = chlo.square %830 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %833 = stablehlo.negate %832 : tensor<8x1024x4096xf32>
    %834 = stablehlo.exponential %833 : tensor<8x1024x4096xf32>
    %835 = stablehlo.multiply %827, %831 : tensor<8x1024x4096xf32>
    %836 = stablehlo.dot_general %835, %arg86, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x1024xf32>
    %837 = stablehlo.reshape %arg85 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %838 = stablehlo.broadcast_in_dim %837, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %839 = stablehlo.add %836, %838 : tensor<8x1024x1024xf32>
    %840 = stablehlo.add %778, %839 : tensor<8x1024x1024xf32>
    %841 = chlo.square %840 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_213 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %842 = stablehlo.broadcast_in_dim %cst_213, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %843 = stablehlo.multiply %842, %840 : tensor<8x1024x1024xf32>
    %cst_214 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %844 = stablehlo.reduce(%840 init: %cst_214) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_215 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %845 = stablehlo.broadcast_in_dim %cst_215, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %846 = stablehlo.divide %844, %845 : tensor<8x1024xf32>
    %cst_216 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %847 = stablehlo.reduce(%841 init: %cst_216) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_217 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %848 = stablehlo.broadcast_in_dim %cst_217, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %849 = stablehlo.divide %847, %848 : tensor<8x1024xf32>
    %850 = chlo.square %846 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_218 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %851 = stablehlo.broadcast_in_dim %cst_218, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %852 = stablehlo.multiply %851, %846 : tensor<8x1024xf32>
    %853 = stablehlo.subtract %849, %850 : tensor<8x1024xf32>
    %cst_219 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %854 = stablehlo.broadcast_in_dim %cst_219, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %855 = stablehlo.maximum %854, %853 : tensor<8x1024xf32>
    %856 = stablehlo.compare EQ, %853, %855, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_220 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %857 = stablehlo.broadcast_in_dim %cst_220, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_221 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %858 = stablehlo.broadcast_in_dim %cst_221, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %859 = stablehlo.select %856, %857, %858 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_222 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %860 = stablehlo.broadcast_in_dim %cst_222, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %861 = stablehlo.compare EQ, %860, %855, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_223 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %862 = stablehlo.broadcast_in_dim %cst_223, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_224 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %863 = stablehlo.broadcast_in_dim %cst_224, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %864 = stablehlo.select %861, %862, %863 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %865 = stablehlo.divide %859, %864 : tensor<8x1024xf32>
    %866 = stablehlo.broadcast_in_dim %846, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %867 = stablehlo.broadcast_in_dim %855, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %868 = stablehlo.broadcast_in_dim %866, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %869 = stablehlo.subtract %840, %868 : tensor<8x1024x1024xf32>
    %cst_225 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %870 = stablehlo.broadcast_in_dim %cst_225, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %871 = stablehlo.add %867, %870 : tensor<8x1024x1xf32>
    %872 = stablehlo.rsqrt %871 : tensor<8x1024x1xf32>
    %873 = stablehlo.divide %872, %871 : tensor<8x1024x1xf32>
    %cst_226 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %874 = stablehlo.broadcast_in_dim %cst_226, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %875 = stablehlo.multiply %874, %873 : tensor<8x1024x1xf32>
    %876 = stablehlo.reshape %arg101 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %877 = stablehlo.broadcast_in_dim %872, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %878 = stablehlo.broadcast_in_dim %876, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %879 = stablehlo.multiply %877, %878 : tensor<8x1024x1024xf32>
    %880 = stablehlo.multiply %869, %879 : tensor<8x1024x1024xf32>
    %881 = stablehlo.reshape %arg100 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %882 = stablehlo.broadcast_in_dim %881, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %883 = stablehlo.add %880, %882 : tensor<8x1024x1024xf32>
    %884 = stablehlo.dot_general %883, %arg91, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x3072xf32>
    %885 = stablehlo.reshape %884 : (tensor<8x1024x3072xf32>) -> tensor<8x1024x16x3x64xf32>
    %886 = stablehlo.slice %885 [0:8, 0:1024, 0:16, 0:1, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %887 = stablehlo.reshape %886 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %888 = stablehlo.reshape %arg94 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %889 = stablehlo.broadcast_in_dim %888, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %890 = stablehlo.broadcast_in_dim %889, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %891 = stablehlo.add %887, %890 : tensor<8x1024x16x64xf32>
    %892 = stablehlo.slice %885 [0:8, 0:1024, 0:16, 1:2, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %893 = stablehlo.reshape %892 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %894 = stablehlo.slice %885 [0:8, 0:1024, 0:16, 2:3, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %895 = stablehlo.reshape %894 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %896 = stablehlo.reshape %arg95 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %897 = stablehlo.broadcast_in_dim %896, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %898 = stablehlo.broadcast_in_dim %897, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %899 = stablehlo.add %895, %898 : tensor<8x1024x16x64xf32>
    %900 = stablehlo.dot_general %891, %893, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %cst_227 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %901 = stablehlo.sqrt %cst_227 : tensor<f32>
    %902 = stablehlo.convert %901 : tensor<f32>
    %903 = stablehlo.broadcast_in_dim %902, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %904 = stablehlo.divide %900, %903 : tensor<8x16x1024x1024xf32>
    %c_228 = stablehlo.constant dense<true> : tensor<i1>
    %905 = stablehlo.broadcast_in_dim %c_228, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %906 = call @tril(%905) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %907 = stablehlo.broadcast_in_dim %906, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_229 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %908:3 = call @_where_2(%907, %904, %cst_229) : (tensor<1x1x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>)
    %cst_230 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %909 = stablehlo.reduce(%908#0 init: %cst_230) applies stablehlo.maximum across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %910 = stablehlo.reshape %909 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %911 = stablehlo.broadcast_in_dim %910, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %912 = stablehlo.compare EQ, %908#0, %911, FLOAT : (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xi1>
    %913 = stablehlo.convert %912 : (tensor<8x16x1024x1024xi1>) -> tensor<8x16x1024x1024xf32>
    %cst_231 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %914 = stablehlo.reduce(%913 init: %cst_231) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_232 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %915 = stablehlo.broadcast_in_dim %cst_232, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %916 = stablehlo.maximum %915, %909 : tensor<8x16x1024xf32>
    %917 = stablehlo.compare EQ, %909, %916, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_233 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %918 = stablehlo.broadcast_in_dim %cst_233, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_234 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %919 = stablehlo.broadcast_in_dim %cst_234, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %920 = stablehlo.select %917, %918, %919 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %cst_235 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %921 = stablehlo.broadcast_in_dim %cst_235, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %922 = stablehlo.compare EQ, %921, %916, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_236 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %923 = stablehlo.broadcast_in_dim %cst_236, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_237 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %924 = stablehlo.broadcast_in_dim %cst_237, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %925 = stablehlo.select %922, %923, %924 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %926 = stablehlo.divide %920, %925 : tensor<8x16x1024xf32>
    %927 = stablehlo.broadcast_in_dim %916, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %928 = stablehlo.broadcast_in_dim %927, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %929 = stablehlo.subtract %908#0, %928 : tensor<8x16x1024x1024xf32>
    %930 = stablehlo.exponential %929 : tensor<8x16x1024x1024xf32>
    %cst_238 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %931 = stablehlo.reduce(%930 init: %cst_238) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %932 = stablehlo.broadcast_in_dim %931, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %933 = stablehlo.broadcast_in_dim %932, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %934 = stablehlo.divide %930, %933 : tensor<8x16x1024x1024xf32>
    %935 = stablehlo.multiply %932, %932 : tensor<8x16x1024x1xf32>
    %cst_239 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %936 = stablehlo.broadcast_in_dim %cst_239, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1xf32>
    %937 = stablehlo.divide %936, %935 : tensor<8x16x1024x1xf32>
    %938 = stablehlo.dot_general %899, %934, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %939 = stablehlo.transpose %938, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %940 = stablehlo.reshape %939 : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x1024xf32>
    %941 = stablehlo.dot_general %940, %arg93, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %942 = stablehlo.reshape %arg92 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %943 = stablehlo.broadcast_in_dim %942, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %944 = stablehlo.add %941, %943 : tensor<8x1024x1024xf32>
    %945 = stablehlo.add %840, %944 : tensor<8x1024x1024xf32>
    %946 = chlo.square %945 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_240 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %947 = stablehlo.broadcast_in_dim %cst_240, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %948 = stablehlo.multiply %947, %945 : tensor<8x1024x1024xf32>
    %cst_241 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %949 = stablehlo.reduce(%945 init: %cst_241) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_242 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %950 = stablehlo.broadcast_in_dim %cst_242, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %951 = stablehlo.divide %949, %950 : tensor<8x1024xf32>
    %cst_243 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %952 = stablehlo.reduce(%946 init: %cst_243) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_244 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %953 = stablehlo.broadcast_in_dim %cst_244, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %954 = stablehlo.divide %952, %953 : tensor<8x1024xf32>
    %955 = chlo.square %951 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_245 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %956 = stablehlo.broadcast_in_dim %cst_245, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %957 = stablehlo.multiply %956, %951 : tensor<8x1024xf32>
    %958 = stablehlo.subtract %954, %955 : tensor<8x1024xf32>
    %cst_246 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %959 = stablehlo.broadcast_in_dim %cst_246, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %960 = stablehlo.maximum %959, %958 : tensor<8x1024xf32>
    %961 = stablehlo.compare EQ, %958, %960, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_247 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %962 = stablehlo.broadcast_in_dim %cst_247, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_248 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %963 = stablehlo.broadcast_in_dim %cst_248, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %964 = stablehlo.select %961, %962, %963 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_249 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %965 = stablehlo.broadcast_in_dim %cst_249, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %966 = stablehlo.compare EQ, %965, %960, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_250 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %967 = stablehlo.broadcast_in_dim %cst_250, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_251 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %968 = stablehlo.broadcast_in_dim %cst_251, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %969 = stablehlo.select %966, %967, %968 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %970 = stablehlo.divide %964, %969 : tensor<8x1024xf32>
    %971 = stablehlo.broadcast_in_dim %951, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %972 = stablehlo.broadcast_in_dim %960, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %973 = stablehlo.broadcast_in_dim %971, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %974 = stablehlo.subtract %945, %973 : tensor<8x1024x1024xf32>
    %cst_252 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %975 = stablehlo.broadcast_in_dim %cst_252, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %976 = stablehlo.add %972, %975 : tensor<8x1024x1xf32>
    %977 = stablehlo.rsqrt %976 : tensor<8x1024x1xf32>
    %978 = stablehlo.divide %977, %976 : tensor<8x1024x1xf32>
    %cst_253 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %979 = stablehlo.broadcast_in_dim %cst_253, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %980 = stablehlo.multiply %979, %978 : tensor<8x1024x1xf32>
    %981 = stablehlo.reshape %arg103 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %982 = stablehlo.broadcast_in_dim %977, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %983 = stablehlo.broadcast_in_dim %981, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %984 = stablehlo.multiply %982, %983 : tensor<8x1024x1024xf32>
    %985 = stablehlo.multiply %974, %984 : tensor<8x1024x1024xf32>
    %986 = stablehlo.reshape %arg102 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %987 = stablehlo.broadcast_in_dim %986, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %988 = stablehlo.add %985, %987 : tensor<8x1024x1024xf32>
    %989 = stablehlo.dot_general %988, %arg97, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x4096xf32>
    %990 = stablehlo.reshape %arg96 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %991 = stablehlo.broadcast_in_dim %990, dims = [0, 1, 2] : (tensor<1x1x4096xf32>) -> tensor<8x1024x4096xf32>
    %992 = stablehlo.add %989, %991 : tensor<8x1024x4096xf32>
    %cst_254 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %993 = stablehlo.broadcast_in_dim %cst_254, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %994 = stablehlo.multiply %993, %992 : tensor<8x1024x4096xf32>
    %995 = stablehlo.negate %992 : tensor<8x1024x4096xf32>
    %cst_255 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %996 = stablehlo.broadcast_in_dim %cst_255, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %997 = stablehlo.multiply %995, %996 : tensor<8x1024x4096xf32>
    %998 = chlo.erfc %997 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %999 = chlo.square %997 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %1000 = stablehlo.negate %999 : tensor<8x1024x4096xf32>
    %1001 = stablehlo.exponential %1000 : tensor<8x1024x4096xf32>
    %1002 = stablehlo.multiply %994, %998 : tensor<8x1024x4096xf32>
    %1003 = stablehlo.dot_general %1002, %arg99, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x1024xf32>
    %1004 = stablehlo.reshape %arg98 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1005 = stablehlo.broadcast_in_dim %1004, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1006 = stablehlo.add %1003, %1005 : tensor<8x1024x1024xf32>
    %1007 = stablehlo.add %945, %1006 : tensor<8x1024x1024xf32>
    %1008 = chlo.square %1007 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_256 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1009 = stablehlo.broadcast_in_dim %cst_256, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %1010 = stablehlo.multiply %1009, %1007 : tensor<8x1024x1024xf32>
    %cst_257 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1011 = stablehlo.reduce(%1007 init: %cst_257) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_258 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1012 = stablehlo.broadcast_in_dim %cst_258, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1013 = stablehlo.divide %1011, %1012 : tensor<8x1024xf32>
    %cst_259 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1014 = stablehlo.reduce(%1008 init: %cst_259) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_260 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1015 = stablehlo.broadcast_in_dim %cst_260, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1016 = stablehlo.divide %1014, %1015 : tensor<8x1024xf32>
    %1017 = chlo.square %1013 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_261 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1018 = stablehlo.broadcast_in_dim %cst_261, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1019 = stablehlo.multiply %1018, %1013 : tensor<8x1024xf32>
    %1020 = stablehlo.subtract %1016, %1017 : tensor<8x1024xf32>
    %cst_262 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1021 = stablehlo.broadcast_in_dim %cst_262, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1022 = stablehlo.maximum %1021, %1020 : tensor<8x1024xf32>
    %1023 = stablehlo.compare EQ, %1020, %1022, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_263 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1024 = stablehlo.broadcast_in_dim %cst_263, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_264 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1025 = stablehlo.broadcast_in_dim %cst_264, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1026 = stablehlo.select %1023, %1024, %1025 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_265 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1027 = stablehlo.broadcast_in_dim %cst_265, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1028 = stablehlo.compare EQ, %1027, %1022, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_266 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1029 = stablehlo.broadcast_in_dim %cst_266, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_267 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1030 = stablehlo.broadcast_in_dim %cst_267, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1031 = stablehlo.select %1028, %1029, %1030 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %1032 = stablehlo.divide %1026, %1031 : tensor<8x1024xf32>
    %1033 = stablehlo.broadcast_in_dim %1013, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1034 = stablehlo.broadcast_in_dim %1022, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1035 = stablehlo.broadcast_in_dim %1033, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1036 = stablehlo.subtract %1007, %1035 : tensor<8x1024x1024xf32>
    %cst_268 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %1037 = stablehlo.broadcast_in_dim %cst_268, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1038 = stablehlo.add %1034, %1037 : tensor<8x1024x1xf32>
    %1039 = stablehlo.rsqrt %1038 : tensor<8x1024x1xf32>
    %1040 = stablehlo.divide %1039, %1038 : tensor<8x1024x1xf32>
    %cst_269 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1041 = stablehlo.broadcast_in_dim %cst_269, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1042 = stablehlo.multiply %1041, %1040 : tensor<8x1024x1xf32>
    %1043 = stablehlo.reshape %arg114 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1044 = stablehlo.broadcast_in_dim %1039, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1045 = stablehlo.broadcast_in_dim %1043, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1046 = stablehlo.multiply %1044, %1045 : tensor<8x1024x1024xf32>
    %1047 = stablehlo.multiply %1036, %1046 : tensor<8x1024x1024xf32>
    %1048 = stablehlo.reshape %arg113 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1049 = stablehlo.broadcast_in_dim %1048, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1050 = stablehlo.add %1047, %1049 : tensor<8x1024x1024xf32>
    %1051 = stablehlo.dot_general %1050, %arg104, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x3072xf32>
    %1052 = stablehlo.reshape %1051 : (tensor<8x1024x3072xf32>) -> tensor<8x1024x16x3x64xf32>
    %1053 = stablehlo.slice %1052 [0:8, 0:1024, 0:16, 0:1, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1054 = stablehlo.reshape %1053 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1055 = stablehlo.reshape %arg107 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %1056 = stablehlo.broadcast_in_dim %1055, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %1057 = stablehlo.broadcast_in_dim %1056, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %1058 = stablehlo.add %1054, %1057 : tensor<8x1024x16x64xf32>
    %1059 = stablehlo.slice %1052 [0:8, 0:1024, 0:16, 1:2, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1060 = stablehlo.reshape %1059 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1061 = stablehlo.slice %1052 [0:8, 0:1024, 0:16, 2:3, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1062 = stablehlo.reshape %1061 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1063 = stablehlo.reshape %arg108 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %1064 = stablehlo.broadcast_in_dim %1063, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %1065 = stablehlo.broadcast_in_dim %1064, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %1066 = stablehlo.add %1062, %1065 : tensor<8x1024x16x64xf32>
    %1067 = stablehlo.dot_general %1058, %1060, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %cst_270 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %1068 = stablehlo.sqrt %cst_270 : tensor<f32>
    %1069 = stablehlo.convert %1068 : tensor<f32>
    %1070 = stablehlo.broadcast_in_dim %1069, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %1071 = stablehlo.divide %1067, %1070 : tensor<8x16x1024x1024xf32>
    %c_271 = stablehlo.constant dense<true> : tensor<i1>
    %1072 = stablehlo.broadcast_in_dim %c_271, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %1073 = call @tril(%1072) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %1074 = stablehlo.broadcast_in_dim %1073, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_272 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %1075:3 = call @_where_2(%1074, %1071, %cst_272) : (tensor<1x1x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>)
    %cst_273 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1076 = stablehlo.reduce(%1075#0 init: %cst_273) applies stablehlo.maximum across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %1077 = stablehlo.reshape %1076 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1078 = stablehlo.broadcast_in_dim %1077, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1079 = stablehlo.compare EQ, %1075#0, %1078, FLOAT : (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xi1>
    %1080 = stablehlo.convert %1079 : (tensor<8x16x1024x1024xi1>) -> tensor<8x16x1024x1024xf32>
    %cst_274 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1081 = stablehlo.reduce(%1080 init: %cst_274) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_275 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1082 = stablehlo.broadcast_in_dim %cst_275, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1083 = stablehlo.maximum %1082, %1076 : tensor<8x16x1024xf32>
    %1084 = stablehlo.compare EQ, %1076, %1083, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_276 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1085 = stablehlo.broadcast_in_dim %cst_276, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_277 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1086 = stablehlo.broadcast_in_dim %cst_277, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1087 = stablehlo.select %1084, %1085, %1086 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %cst_278 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1088 = stablehlo.broadcast_in_dim %cst_278, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1089 = stablehlo.compare EQ, %1088, %1083, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_279 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1090 = stablehlo.broadcast_in_dim %cst_279, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_280 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1091 = stablehlo.broadcast_in_dim %cst_280, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1092 = stablehlo.select %1089, %1090, %1091 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %1093 = stablehlo.divide %1087, %1092 : tensor<8x16x1024xf32>
    %1094 = stablehlo.broadcast_in_dim %1083, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1095 = stablehlo.broadcast_in_dim %1094, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1096 = stablehlo.subtract %1075#0, %1095 : tensor<8x16x1024x1024xf32>
    %1097 = stablehlo.exponential %1096 : tensor<8x16x1024x1024xf32>
    %cst_281 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1098 = stablehlo.reduce(%1097 init: %cst_281) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %1099 = stablehlo.broadcast_in_dim %1098, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1100 = stablehlo.broadcast_in_dim %1099, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1101 = stablehlo.divide %1097, %1100 : tensor<8x16x1024x1024xf32>
    %1102 = stablehlo.multiply %1099, %1099 : tensor<8x16x1024x1xf32>
    %cst_282 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1103 = stablehlo.broadcast_in_dim %cst_282, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1xf32>
    %1104 = stablehlo.divide %1103, %1102 : tensor<8x16x1024x1xf32>
    %1105 = stablehlo.dot_general %1066, %1101, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %1106 = stablehlo.transpose %1105, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %1107 = stablehlo.reshape %1106 : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x1024xf32>
    %1108 = stablehlo.dot_general %1107, %arg106, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %1109 = stablehlo.reshape %arg105 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1110 = stablehlo.broadcast_in_dim %1109, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1111 = stablehlo.add %1108, %1110 : tensor<8x1024x1024xf32>
    %1112 = stablehlo.add %1007, %1111 : tensor<8x1024x1024xf32>
    %1113 = chlo.square %1112 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_283 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1114 = stablehlo.broadcast_in_dim %cst_283, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %1115 = stablehlo.multiply %1114, %1112 : tensor<8x1024x1024xf32>
    %cst_284 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1116 = stablehlo.reduce(%1112 init: %cst_284) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_285 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1117 = stablehlo.broadcast_in_dim %cst_285, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1118 = stablehlo.divide %1116, %1117 : tensor<8x1024xf32>
    %cst_286 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1119 = stablehlo.reduce(%1113 init: %cst_286) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_287 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1120 = stablehlo.broadcast_in_dim %cst_287, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1121 = stablehlo.divide %1119, %1120 : tensor<8x1024xf32>
    %1122 = chlo.square %1118 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_288 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1123 = stablehlo.broadcast_in_dim %cst_288, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1124 = stablehlo.multiply %1123, %1118 : tensor<8x1024xf32>
    %1125 = stablehlo.subtract %1121, %1122 : tensor<8x1024xf32>
    %cst_289 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1126 = stablehlo.broadcast_in_dim %cst_289, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1127 = stablehlo.maximum %1126, %1125 : tensor<8x1024xf32>
    %1128 = stablehlo.compare EQ, %1125, %1127, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_290 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1129 = stablehlo.broadcast_in_dim %cst_290, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_291 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1130 = stablehlo.broadcast_in_dim %cst_291, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1131 = stablehlo.select %1128, %1129, %1130 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_292 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1132 = stablehlo.broadcast_in_dim %cst_292, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1133 = stablehlo.compare EQ, %1132, %1127, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_293 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1134 = stablehlo.broadcast_in_dim %cst_293, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_294 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1135 = stablehlo.broadcast_in_dim %cst_294, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1136 = stablehlo.select %1133, %1134, %1135 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %1137 = stablehlo.divide %1131, %1136 : tensor<8x1024xf32>
    %1138 = stablehlo.broadcast_in_dim %1118, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1139 = stablehlo.broadcast_in_dim %1127, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1140 = stablehlo.broadcast_in_dim %1138, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1141 = stablehlo.subtract %1112, %1140 : tensor<8x1024x1024xf32>
    %cst_295 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %1142 = stablehlo.broadcast_in_dim %cst_295, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1143 = stablehlo.add %1139, %1142 : tensor<8x1024x1xf32>
    %1144 = stablehlo.rsqrt %1143 : tensor<8x1024x1xf32>
    %1145 = stablehlo.divide %1144, %1143 : tensor<8x1024x1xf32>
    %cst_296 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1146 = stablehlo.broadcast_in_dim %cst_296, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1147 = stablehlo.multiply %1146, %1145 : tensor<8x1024x1xf32>
    %1148 = stablehlo.reshape %arg116 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1149 = stablehlo.broadcast_in_dim %1144, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1150 = stablehlo.broadcast_in_dim %1148, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1151 = stablehlo.multiply %1149, %1150 : tensor<8x1024x1024xf32>
    %1152 = stablehlo.multiply %1141, %1151 : tensor<8x1024x1024xf32>
    %1153 = stablehlo.reshape %arg115 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1154 = stablehlo.broadcast_in_dim %1153, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1155 = stablehlo.add %1152, %1154 : tensor<8x1024x1024xf32>
    %1156 = stablehlo.dot_general %1155, %arg110, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x4096xf32>
    %1157 = stablehlo.reshape %arg109 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %1158 = stablehlo.broadcast_in_dim %1157, dims = [0, 1, 2] : (tensor<1x1x4096xf32>) -> tensor<8x1024x4096xf32>
    %1159 = stablehlo.add %1156, %1158 : tensor<8x1024x4096xf32>
    %cst_297 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %1160 = stablehlo.broadcast_in_dim %cst_297, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %1161 = stablehlo.multiply %1160, %1159 : tensor<8x1024x4096xf32>
    %1162 = stablehlo.negate %1159 : tensor<8x1024x4096xf32>
    %cst_298 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %1163 = stablehlo.broadcast_in_dim %cst_298, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %1164 = stablehlo.multiply %1162, %1163 : tensor<8x1024x4096xf32>
    %1165 = chlo.erfc %1164 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %1166 = chlo.square %1164 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %1167 = stablehlo.negate %1166 : tensor<8x1024x4096xf32>
    %1168 = stablehlo.exponential %1167 : tensor<8x1024x4096xf32>
    %1169 = stablehlo.multiply %1161, %1165 : tensor<8x1024x4096xf32>
    %1170 = stablehlo.dot_general %1169, %arg112, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x1024xf32>
    %1171 = stablehlo.reshape %arg111 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1172 = stablehlo.broadcast_in_dim %1171, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1173 = stablehlo.add %1170, %1172 : tensor<8x1024x1024xf32>
    %1174 = stablehlo.add %1112, %1173 : tensor<8x1024x1024xf32>
    %1175 = chlo.square %1174 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_299 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1176 = stablehlo.broadcast_in_dim %cst_299, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %1177 = stablehlo.multiply %1176, %1174 : tensor<8x1024x1024xf32>
    %cst_300 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1178 = stablehlo.reduce(%1174 init: %cst_300) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_301 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1179 = stablehlo.broadcast_in_dim %cst_301, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1180 = stablehlo.divide %1178, %1179 : tensor<8x1024xf32>
    %cst_302 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1181 = stablehlo.reduce(%1175 init: %cst_302) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_303 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1182 = stablehlo.broadcast_in_dim %cst_303, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1183 = stablehlo.divide %1181, %1182 : tensor<8x1024xf32>
    %1184 = chlo.square %1180 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_304 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1185 = stablehlo.broadcast_in_dim %cst_304, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1186 = stablehlo.multiply %1185, %1180 : tensor<8x1024xf32>
    %1187 = stablehlo.subtract %1183, %1184 : tensor<8x1024xf32>
    %cst_305 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1188 = stablehlo.broadcast_in_dim %cst_305, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1189 = stablehlo.maximum %1188, %1187 : tensor<8x1024xf32>
    %1190 = stablehlo.compare EQ, %1187, %1189, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_306 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1191 = stablehlo.broadcast_in_dim %cst_306, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_307 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1192 = stablehlo.broadcast_in_dim %cst_307, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1193 = stablehlo.select %1190, %1191, %1192 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_308 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1194 = stablehlo.broadcast_in_dim %cst_308, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1195 = stablehlo.compare EQ, %1194, %1189, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_309 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1196 = stablehlo.broadcast_in_dim %cst_309, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_310 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1197 = stablehlo.broadcast_in_dim %cst_310, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1198 = stablehlo.select %1195, %1196, %1197 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %1199 = stablehlo.divide %1193, %1198 : tensor<8x1024xf32>
    %1200 = stablehlo.broadcast_in_dim %1180, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1201 = stablehlo.broadcast_in_dim %1189, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1202 = stablehlo.broadcast_in_dim %1200, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1203 = stablehlo.subtract %1174, %1202 : tensor<8x1024x1024xf32>
    %cst_311 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %1204 = stablehlo.broadcast_in_dim %cst_311, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1205 = stablehlo.add %1201, %1204 : tensor<8x1024x1xf32>
    %1206 = stablehlo.rsqrt %1205 : tensor<8x1024x1xf32>
    %1207 = stablehlo.divide %1206, %1205 : tensor<8x1024x1xf32>
    %cst_312 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1208 = stablehlo.broadcast_in_dim %cst_312, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1209 = stablehlo.multiply %1208, %1207 : tensor<8x1024x1xf32>
    %1210 = stablehlo.reshape %arg127 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1211 = stablehlo.broadcast_in_dim %1206, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1212 = stablehlo.broadcast_in_dim %1210, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1213 = stablehlo.multiply %1211, %1212 : tensor<8x1024x1024xf32>
    %1214 = stablehlo.multiply %1203, %1213 : tensor<8x1024x1024xf32>
    %1215 = stablehlo.reshape %arg126 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1216 = stablehlo.broadcast_in_dim %1215, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1217 = stablehlo.add %1214, %1216 : tensor<8x1024x1024xf32>
    %1218 = stablehlo.dot_general %1217, %arg117, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x3072xf32>
    %1219 = stablehlo.reshape %1218 : (tensor<8x1024x3072xf32>) -> tensor<8x1024x16x3x64xf32>
    %1220 = stablehlo.slice %1219 [0:8, 0:1024, 0:16, 0:1, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1221 = stablehlo.reshape %1220 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1222 = stablehlo.reshape %arg120 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %1223 = stablehlo.broadcast_in_dim %1222, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %1224 = stablehlo.broadcast_in_dim %1223, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %1225 = stablehlo.add %1221, %1224 : tensor<8x1024x16x64xf32>
    %1226 = stablehlo.slice %1219 [0:8, 0:1024, 0:16, 1:2, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1227 = stablehlo.reshape %1226 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1228 = stablehlo.slice %1219 [0:8, 0:1024, 0:16, 2:3, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1229 = stablehlo.reshape %1228 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1230 = stablehlo.reshape %arg121 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %1231 = stablehlo.broadcast_in_dim %1230, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %1232 = stablehlo.broadcast_in_dim %1231, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %1233 = stablehlo.add %1229, %1232 : tensor<8x1024x16x64xf32>
    %1234 = stablehlo.dot_general %1225, %1227, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %cst_313 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %1235 = stablehlo.sqrt %cst_313 : tensor<f32>
    %1236 = stablehlo.convert %1235 : tensor<f32>
    %1237 = stablehlo.broadcast_in_dim %1236, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %1238 = stablehlo.divide %1234, %1237 : tensor<8x16x1024x1024xf32>
    %c_314 = stablehlo.constant dense<true> : tensor<i1>
    %1239 = stablehlo.broadcast_in_dim %c_314, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %1240 = call @tril(%1239) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %1241 = stablehlo.broadcast_in_dim %1240, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_315 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %1242:3 = call @_where_2(%1241, %1238, %cst_315) : (tensor<1x1x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>)
    %cst_316 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1243 = stablehlo.reduce(%1242#0 init: %cst_316) applies stablehlo.maximum across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %1244 = stablehlo.reshape %1243 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1245 = stablehlo.broadcast_in_dim %1244, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1246 = stablehlo.compare EQ, %1242#0, %1245, FLOAT : (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xi1>
    %1247 = stablehlo.convert %1246 : (tensor<8x16x1024x1024xi1>) -> tensor<8x16x1024x1024xf32>
    %cst_317 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1248 = stablehlo.reduce(%1247 init: %cst_317) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_318 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1249 = stablehlo.broadcast_in_dim %cst_318, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1250 = stablehlo.maximum %1249, %1243 : tensor<8x16x1024xf32>
    %1251 = stablehlo.compare EQ, %1243, %1250, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_319 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1252 = stablehlo.broadcast_in_dim %cst_319, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_320 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1253 = stablehlo.broadcast_in_dim %cst_320, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1254 = stablehlo.select %1251, %1252, %1253 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %cst_321 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1255 = stablehlo.broadcast_in_dim %cst_321, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1256 = stablehlo.compare EQ, %1255, %1250, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_322 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1257 = stablehlo.broadcast_in_dim %cst_322, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_323 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1258 = stablehlo.broadcast_in_dim %cst_323, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1259 = stablehlo.select %1256, %1257, %1258 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %1260 = stablehlo.divide %1254, %1259 : tensor<8x16x1024xf32>
    %1261 = stablehlo.broadcast_in_dim %1250, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1262 = stablehlo.broadcast_in_dim %1261, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1263 = stablehlo.subtract %1242#0, %1262 : tensor<8x16x1024x1024xf32>
    %1264 = stablehlo.exponential %1263 : tensor<8x16x1024x1024xf32>
    %cst_324 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1265 = stablehlo.reduce(%1264 init: %cst_324) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %1266 = stablehlo.broadcast_in_dim %1265, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1267 = stablehlo.broadcast_in_dim %1266, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1268 = stablehlo.divide %1264, %1267 : tensor<8x16x1024x1024xf32>
    %1269 = stablehlo.multiply %1266, %1266 : tensor<8x16x1024x1xf32>
    %cst_325 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1270 = stablehlo.broadcast_in_dim %cst_325, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1xf32>
    %1271 = stablehlo.divide %1270, %1269 : tensor<8x16x1024x1xf32>
    %1272 = stablehlo.dot_general %1233, %1268, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %1273 = stablehlo.transpose %1272, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %1274 = stablehlo.reshape %1273 : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x1024xf32>
    %1275 = stablehlo.dot_general %1274, %arg119, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %1276 = stablehlo.reshape %arg118 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1277 = stablehlo.broadcast_in_dim %1276, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1278 = stablehlo.add %1275, %1277 : tensor<8x1024x1024xf32>
    %1279 = stablehlo.add %1174, %1278 : tensor<8x1024x1024xf32>
    %1280 = chlo.square %1279 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_326 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1281 = stablehlo.broadcast_in_dim %cst_326, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %1282 = stablehlo.multiply %1281, %1279 : tensor<8x1024x1024xf32>
    %cst_327 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1283 = stablehlo.reduce(%1279 init: %cst_327) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_328 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1284 = stablehlo.broadcast_in_dim %cst_328, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1285 = stablehlo.divide %1283, %1284 : tensor<8x1024xf32>
    %cst_329 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1286 = stablehlo.reduce(%1280 init: %cst_329) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_330 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1287 = stablehlo.broadcast_in_dim %cst_330, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1288 = stablehlo.divide %1286, %1287 : tensor<8x1024xf32>
    %1289 = chlo.square %1285 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_331 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1290 = stablehlo.broadcast_in_dim %cst_331, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1291 = stablehlo.multiply %1290, %1285 : tensor<8x1024xf32>
    %1292 = stablehlo.subtract %1288, %1289 : tensor<8x1024xf32>
    %cst_332 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1293 = stablehlo.broadcast_in_dim %cst_332, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1294 = stablehlo.maximum %1293, %1292 : tensor<8x1024xf32>
    %1295 = stablehlo.compare EQ, %1292, %1294, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_333 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1296 = stablehlo.broadcast_in_dim %cst_333, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_334 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1297 = stablehlo.broadcast_in_dim %cst_334, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1298 = stablehlo.select %1295, %1296, %1297 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_335 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1299 = stablehlo.broadcast_in_dim %cst_335, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1300 = stablehlo.compare EQ, %1299, %1294, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_336 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1301 = stablehlo.broadcast_in_dim %cst_336, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_337 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1302 = stablehlo.broadcast_in_dim %cst_337, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1303 = stablehlo.select %1300, %1301, %1302 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %1304 = stablehlo.divide %1298, %1303 : tensor<8x1024xf32>
    %1305 = stablehlo.broadcast_in_dim %1285, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1306 = stablehlo.broadcast_in_dim %1294, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1307 = stablehlo.broadcast_in_dim %1305, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1308 = stablehlo.subtract %1279, %1307 : tensor<8x1024x1024xf32>
    %cst_338 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %1309 = stablehlo.broadcast_in_dim %cst_338, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1310 = stablehlo.add %1306, %1309 : tensor<8x1024x1xf32>
    %1311 = stablehlo.rsqrt %1310 : tensor<8x1024x1xf32>
    %1312 = stablehlo.divide %1311, %1310 : tensor<8x1024x1xf32>
    %cst_339 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1313 = stablehlo.broadcast_in_dim %cst_339, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1314 = stablehlo.multiply %1313, %1312 : tensor<8x1024x1xf32>
    %1315 = stablehlo.reshape %arg129 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1316 = stablehlo.broadcast_in_dim %1311, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1317 = stablehlo.broadcast_in_dim %1315, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1318 = stablehlo.multiply %1316, %1317 : tensor<8x1024x1024xf32>
    %1319 = stablehlo.multiply %1308, %1318 : tensor<8x1024x1024xf32>
    %1320 = stablehlo.reshape %arg128 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1321 = stablehlo.broadcast_in_dim %1320, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1322 = stablehlo.add %1319, %1321 : tensor<8x1024x1024xf32>
    %1323 = stablehlo.dot_general %1322, %arg123, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x4096xf32>
    %1324 = stablehlo.reshape %arg122 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %1325 = stablehlo.broadcast_in_dim %1324, dims = [0, 1, 2] : (tensor<1x1x4096xf32>) -> tensor<8x1024x4096xf32>
    %1326 = stablehlo.add %1323, %1325 : tensor<8x1024x4096xf32>
    %cst_340 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %1327 = stablehlo.broadcast_in_dim %cst_340, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %1328 = stablehlo.multiply %1327, %1326 : tensor<8x1024x4096xf32>
    %1329 = stablehlo.negate %1326 : tensor<8x1024x4096xf32>
    %cst_341 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %1330 = stablehlo.broadcast_in_dim %cst_341, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %1331 = stablehlo.multiply %1329, %1330 : tensor<8x1024x4096xf32>
    %1332 = chlo.erfc %1331 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %1333 = chlo.square %1331 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %1334 = stablehlo.negate %1333 : tensor<8x1024x4096xf32>
    %1335 = stablehlo.exponential %1334 : tensor<8x1024x4096xf32>
    %1336 = stablehlo.multiply %1328, %1332 : tensor<8x1024x4096xf32>
    %1337 = stablehlo.dot_general %1336, %arg125, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x1024xf32>
    %1338 = stablehlo.reshape %arg124 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1339 = stablehlo.broadcast_in_dim %1338, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1340 = stablehlo.add %1337, %1339 : tensor<8x1024x1024xf32>
    %1341 = stablehlo.add %1279, %1340 : tensor<8x1024x1024xf32>
    %1342 = chlo.square %1341 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_342 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1343 = stablehlo.broadcast_in_dim %cst_342, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %1344 = stablehlo.multiply %1343, %1341 : tensor<8x1024x1024xf32>
    %cst_343 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1345 = stablehlo.reduce(%1341 init: %cst_343) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_344 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1346 = stablehlo.broadcast_in_dim %cst_344, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1347 = stablehlo.divide %1345, %1346 : tensor<8x1024xf32>
    %cst_345 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1348 = stablehlo.reduce(%1342 init: %cst_345) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_346 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1349 = stablehlo.broadcast_in_dim %cst_346, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1350 = stablehlo.divide %1348, %1349 : tensor<8x1024xf32>
    %1351 = chlo.square %1347 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_347 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1352 = stablehlo.broadcast_in_dim %cst_347, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1353 = stablehlo.multiply %1352, %1347 : tensor<8x1024xf32>
    %1354 = stablehlo.subtract %1350, %1351 : tensor<8x1024xf32>
    %cst_348 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1355 = stablehlo.broadcast_in_dim %cst_348, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1356 = stablehlo.maximum %1355, %1354 : tensor<8x1024xf32>
    %1357 = stablehlo.compare EQ, %1354, %1356, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_349 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1358 = stablehlo.broadcast_in_dim %cst_349, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_350 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1359 = stablehlo.broadcast_in_dim %cst_350, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1360 = stablehlo.select %1357, %1358, %1359 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_351 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1361 = stablehlo.broadcast_in_dim %cst_351, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1362 = stablehlo.compare EQ, %1361, %1356, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_352 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1363 = stablehlo.broadcast_in_dim %cst_352, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_353 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1364 = stablehlo.broadcast_in_dim %cst_353, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1365 = stablehlo.select %1362, %1363, %1364 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %1366 = stablehlo.divide %1360, %1365 : tensor<8x1024xf32>
    %1367 = stablehlo.broadcast_in_dim %1347, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1368 = stablehlo.broadcast_in_dim %1356, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1369 = stablehlo.broadcast_in_dim %1367, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1370 = stablehlo.subtract %1341, %1369 : tensor<8x1024x1024xf32>
    %cst_354 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %1371 = stablehlo.broadcast_in_dim %cst_354, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1372 = stablehlo.add %1368, %1371 : tensor<8x1024x1xf32>
    %1373 = stablehlo.rsqrt %1372 : tensor<8x1024x1xf32>
    %1374 = stablehlo.divide %1373, %1372 : tensor<8x1024x1xf32>
    %cst_355 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1375 = stablehlo.broadcast_in_dim %cst_355, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1376 = stablehlo.multiply %1375, %1374 : tensor<8x1024x1xf32>
    %1377 = stablehlo.reshape %arg140 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1378 = stablehlo.broadcast_in_dim %1373, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1379 = stablehlo.broadcast_in_dim %1377, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1380 = stablehlo.multiply %1378, %1379 : tensor<8x1024x1024xf32>
    %1381 = stablehlo.multiply %1370, %1380 : tensor<8x1024x1024xf32>
    %1382 = stablehlo.reshape %arg139 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1383 = stablehlo.broadcast_in_dim %1382, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1384 = stablehlo.add %1381, %1383 : tensor<8x1024x1024xf32>
    %1385 = stablehlo.dot_general %1384, %arg130, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x3072xf32>
    %1386 = stablehlo.reshape %1385 : (tensor<8x1024x3072xf32>) -> tensor<8x1024x16x3x64xf32>
    %1387 = stablehlo.slice %1386 [0:8, 0:1024, 0:16, 0:1, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1388 = stablehlo.reshape %1387 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1389 = stablehlo.reshape %arg133 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %1390 = stablehlo.broadcast_in_dim %1389, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %1391 = stablehlo.broadcast_in_dim %1390, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %1392 = stablehlo.add %1388, %1391 : tensor<8x1024x16x64xf32>
    %1393 = stablehlo.slice %1386 [0:8, 0:1024, 0:16, 1:2, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1394 = stablehlo.reshape %1393 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1395 = stablehlo.slice %1386 [0:8, 0:1024, 0:16, 2:3, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1396 = stablehlo.reshape %1395 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1397 = stablehlo.reshape %arg134 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %1398 = stablehlo.broadcast_in_dim %1397, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %1399 = stablehlo.broadcast_in_dim %1398, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %1400 = stablehlo.add %1396, %1399 : tensor<8x1024x16x64xf32>
    %1401 = stablehlo.dot_general %1392, %1394, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %cst_356 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %1402 = stablehlo.sqrt %cst_356 : tensor<f32>
    %1403 = stablehlo.convert %1402 : tensor<f32>
    %1404 = stablehlo.broadcast_in_dim %1403, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %1405 = stablehlo.divide %1401, %1404 : tensor<8x16x1024x1024xf32>
    %c_357 = stablehlo.constant dense<true> : tensor<i1>
    %1406 = stablehlo.broadcast_in_dim %c_357, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %1407 = call @tril(%1406) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %1408 = stablehlo.broadcast_in_dim %1407, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_358 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %1409:3 = call @_where_2(%1408, %1405, %cst_358) : (tensor<1x1x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>)
    %cst_359 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1410 = stablehlo.reduce(%1409#0 init: %cst_359) applies stablehlo.maximum across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %1411 = stablehlo.reshape %1410 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1412 = stablehlo.broadcast_in_dim %1411, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1413 = stablehlo.compare EQ, %1409#0, %1412, FLOAT : (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xi1>
    %1414 = stablehlo.convert %1413 : (tensor<8x16x1024x1024xi1>) -> tensor<8x16x1024x1024xf32>
    %cst_360 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1415 = stablehlo.reduce(%1414 init: %cst_360) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_361 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1416 = stablehlo.broadcast_in_dim %cst_361, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1417 = stablehlo.maximum %1416, %1410 : tensor<8x16x1024xf32>
    %1418 = stablehlo.compare EQ, %1410, %1417, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_362 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1419 = stablehlo.broadcast_in_dim %cst_362, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_363 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1420 = stablehlo.broadcast_in_dim %cst_363, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1421 = stablehlo.select %1418, %1419, %1420 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %cst_364 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1422 = stablehlo.broadcast_in_dim %cst_364, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1423 = stablehlo.compare EQ, %1422, %1417, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_365 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1424 = stablehlo.broadcast_in_dim %cst_365, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_366 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1425 = stablehlo.broadcast_in_dim %cst_366, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1426 = stablehlo.select %1423, %1424, %1425 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %1427 = stablehlo.divide %1421, %1426 : tensor<8x16x1024xf32>
    %1428 = stablehlo.broadcast_in_dim %1417, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1429 = stablehlo.broadcast_in_dim %1428, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1430 = stablehlo.subtract %1409#0, %1429 : tensor<8x16x1024x1024xf32>
    %1431 = stablehlo.exponential %1430 : tensor<8x16x1024x1024xf32>
    %cst_367 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1432 = stablehlo.reduce(%1431 init: %cst_367) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %1433 = stablehlo.broadcast_in_dim %1432, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1434 = stablehlo.broadcast_in_dim %1433, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1435 = stablehlo.divide %1431, %1434 : tensor<8x16x1024x1024xf32>
    %1436 = stablehlo.multiply %1433, %1433 : tensor<8x16x1024x1xf32>
    %cst_368 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1437 = stablehlo.broadcast_in_dim %cst_368, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1xf32>
    %1438 = stablehlo.divide %1437, %1436 : tensor<8x16x1024x1xf32>
    %1439 = stablehlo.dot_general %1400, %1435, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %1440 = stablehlo.transpose %1439, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %1441 = stablehlo.reshape %1440 : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x1024xf32>
    %1442 = stablehlo.dot_general %1441, %arg132, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %1443 = stablehlo.reshape %arg131 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1444 = stablehlo.broadcast_in_dim %1443, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1445 = stablehlo.add %1442, %1444 : tensor<8x1024x1024xf32>
    %1446 = stablehlo.add %1341, %1445 : tensor<8x1024x1024xf32>
    %1447 = chlo.square %1446 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_369 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1448 = stablehlo.broadcast_in_dim %cst_369, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %1449 = stablehlo.multiply %1448, %1446 : tensor<8x1024x1024xf32>
    %cst_370 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1450 = stablehlo.reduce(%1446 init: %cst_370) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_371 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1451 = stablehlo.broadcast_in_dim %cst_371, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1452 = stablehlo.divide %1450, %1451 : tensor<8x1024xf32>
    %cst_372 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1453 = stablehlo.reduce(%1447 init: %cst_372) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_373 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1454 = stablehlo.broadcast_in_dim %cst_373, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1455 = stablehlo.divide %1453, %1454 : tensor<8x1024xf32>
    %1456 = chlo.square %1452 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_374 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1457 = stablehlo.broadcast_in_dim %cst_374, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1458 = stablehlo.multiply %1457, %1452 : tensor<8x1024xf32>
    %1459 = stablehlo.subtract %1455, %1456 : tensor<8x1024xf32>
    %cst_375 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1460 = stablehlo.broadcast_in_dim %cst_375, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1461 = stablehlo.maximum %1460, %1459 : tensor<8x1024xf32>
    %1462 = stablehlo.compare EQ, %1459, %1461, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_376 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1463 = stablehlo.broadcast_in_dim %cst_376, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_377 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1464 = stablehlo.broadcast_in_dim %cst_377, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1465 = stablehlo.select %1462, %1463, %1464 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_378 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1466 = stablehlo.broadcast_in_dim %cst_378, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1467 = stablehlo.compare EQ, %1466, %1461, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_379 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1468 = stablehlo.broadcast_in_dim %cst_379, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_380 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1469 = stablehlo.broadcast_in_dim %cst_380, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1470 = stablehlo.select %1467, %1468, %1469 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %1471 = stablehlo.divide %1465, %1470 : tensor<8x1024xf32>
    %1472 = stablehlo.broadcast_in_dim %1452, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1473 = stablehlo.broadcast_in_dim %1461, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1474 = stablehlo.broadcast_in_dim %1472, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1475 = stablehlo.subtract %1446, %1474 : tensor<8x1024x1024xf32>
    %cst_381 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %1476 = stablehlo.broadcast_in_dim %cst_381, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1477 = stablehlo.add %1473, %1476 : tensor<8x1024x1xf32>
    %1478 = stablehlo.rsqrt %1477 : tensor<8x1024x1xf32>
    %1479 = stablehlo.divide %1478, %1477 : tensor<8x1024x1xf32>
    %cst_382 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1480 = stablehlo.broadcast_in_dim %cst_382, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1481 = stablehlo.multiply %1480, %1479 : tensor<8x1024x1xf32>
    %1482 = stablehlo.reshape %arg142 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1483 = stablehlo.broadcast_in_dim %1478, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1484 = stablehlo.broadcast_in_dim %1482, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1485 = stablehlo.multiply %1483, %1484 : tensor<8x1024x1024xf32>
    %1486 = stablehlo.multiply %1475, %1485 : tensor<8x1024x1024xf32>
    %1487 = stablehlo.reshape %arg141 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1488 = stablehlo.broadcast_in_dim %1487, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1489 = stablehlo.add %1486, %1488 : tensor<8x1024x1024xf32>
    %1490 = stablehlo.dot_general %1489, %arg136, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x4096xf32>
    %1491 = stablehlo.reshape %arg135 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %1492 = stablehlo.broadcast_in_dim %1491, dims = [0, 1, 2] : (tensor<1x1x4096xf32>) -> tensor<8x1024x4096xf32>
    %1493 = stablehlo.add %1490, %1492 : tensor<8x1024x4096xf32>
    %cst_383 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %1494 = stablehlo.broadcast_in_dim %cst_383, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %1495 = stablehlo.multiply %1494, %1493 : tensor<8x1024x4096xf32>
    %1496 = stablehlo.negate %1493 : tensor<8x1024x4096xf32>
    %cst_384 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %1497 = stablehlo.broadcast_in_dim %cst_384, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %1498 = stablehlo.multiply %1496, %1497 : tensor<8x1024x4096xf32>
    %1499 = chlo.erfc %1498 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %1500 = chlo.square %1498 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %1501 = stablehlo.negate %1500 : tensor<8x1024x4096xf32>
    %1502 = stablehlo.exponential %1501 : tensor<8x1024x4096xf32>
    %1503 = stablehlo.multiply %1495, %1499 : tensor<8x1024x4096xf32>
    %1504 = stablehlo.dot_general %1503, %arg138, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x1024xf32>
    %1505 = stablehlo.reshape %arg137 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1506 = stablehlo.broadcast_in_dim %1505, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1507 = stablehlo.add %1504, %1506 : tensor<8x1024x1024xf32>
    %1508 = stablehlo.add %1446, %1507 : tensor<8x1024x1024xf32>
    %1509 = chlo.square %1508 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_385 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1510 = stablehlo.broadcast_in_dim %cst_385, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %1511 = stablehlo.multiply %1510, %1508 : tensor<8x1024x1024xf32>
    %cst_386 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1512 = stablehlo.reduce(%1508 init: %cst_386) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_387 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1513 = stablehlo.broadcast_in_dim %cst_387, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1514 = stablehlo.divide %1512, %1513 : tensor<8x1024xf32>
    %cst_388 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1515 = stablehlo.reduce(%1509 init: %cst_388) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_389 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1516 = stablehlo.broadcast_in_dim %cst_389, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1517 = stablehlo.divide %1515, %1516 : tensor<8x1024xf32>
    %1518 = chlo.square %1514 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_390 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1519 = stablehlo.broadcast_in_dim %cst_390, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1520 = stablehlo.multiply %1519, %1514 : tensor<8x1024xf32>
    %1521 = stablehlo.subtract %1517, %1518 : tensor<8x1024xf32>
    %cst_391 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1522 = stablehlo.broadcast_in_dim %cst_391, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1523 = stablehlo.maximum %1522, %1521 : tensor<8x1024xf32>
    %1524 = stablehlo.compare EQ, %1521, %1523, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_392 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1525 = stablehlo.broadcast_in_dim %cst_392, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_393 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1526 = stablehlo.broadcast_in_dim %cst_393, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1527 = stablehlo.select %1524, %1525, %1526 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_394 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1528 = stablehlo.broadcast_in_dim %cst_394, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1529 = stablehlo.compare EQ, %1528, %1523, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_395 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1530 = stablehlo.broadcast_in_dim %cst_395, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_396 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1531 = stablehlo.broadcast_in_dim %cst_396, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1532 = stablehlo.select %1529, %1530, %1531 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %1533 = stablehlo.divide %1527, %1532 : tensor<8x1024xf32>
    %1534 = stablehlo.broadcast_in_dim %1514, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1535 = stablehlo.broadcast_in_dim %1523, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1536 = stablehlo.broadcast_in_dim %1534, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1537 = stablehlo.subtract %1508, %1536 : tensor<8x1024x1024xf32>
    %cst_397 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %1538 = stablehlo.broadcast_in_dim %cst_397, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1539 = stablehlo.add %1535, %1538 : tensor<8x1024x1xf32>
    %1540 = stablehlo.rsqrt %1539 : tensor<8x1024x1xf32>
    %1541 = stablehlo.divide %1540, %1539 : tensor<8x1024x1xf32>
    %cst_398 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1542 = stablehlo.broadcast_in_dim %cst_398, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1543 = stablehlo.multiply %1542, %1541 : tensor<8x1024x1xf32>
    %1544 = stablehlo.reshape %arg153 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1545 = stablehlo.broadcast_in_dim %1540, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1546 = stablehlo.broadcast_in_dim %1544, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1547 = stablehlo.multiply %1545, %1546 : tensor<8x1024x1024xf32>
    %1548 = stablehlo.multiply %1537, %1547 : tensor<8x1024x1024xf32>
    %1549 = stablehlo.reshape %arg152 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1550 = stablehlo.broadcast_in_dim %1549, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1551 = stablehlo.add %1548, %1550 : tensor<8x1024x1024xf32>
    %1552 = stablehlo.dot_general %1551, %arg143, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x3072xf32>
    %1553 = stablehlo.reshape %1552 : (tensor<8x1024x3072xf32>) -> tensor<8x1024x16x3x64xf32>
    %1554 = stablehlo.slice %1553 [0:8, 0:1024, 0:16, 0:1, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1555 = stablehlo.reshape %1554 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1556 = stablehlo.reshape %arg146 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %1557 = stablehlo.broadcast_in_dim %1556, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %1558 = stablehlo.broadcast_in_dim %1557, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %1559 = stablehlo.add %1555, %1558 : tensor<8x1024x16x64xf32>
    %1560 = stablehlo.slice %1553 [0:8, 0:1024, 0:16, 1:2, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1561 = stablehlo.reshape %1560 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1562 = stablehlo.slice %1553 [0:8, 0:1024, 0:16, 2:3, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1563 = stablehlo.reshape %1562 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1564 = stablehlo.reshape %arg147 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %1565 = stablehlo.broadcast_in_dim %1564, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %1566 = stablehlo.broadcast_in_dim %1565, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %1567 = stablehlo.add %1563, %1566 : tensor<8x1024x16x64xf32>
    %1568 = stablehlo.dot_general %1559, %1561, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %cst_399 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %1569 = stablehlo.sqrt %cst_399 : tensor<f32>
    %1570 = stablehlo.convert %1569 : tensor<f32>
    %1571 = stablehlo.broadcast_in_dim %1570, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %1572 = stablehlo.divide %1568, %1571 : tensor<8x16x1024x1024xf32>
    %c_400 = stablehlo.constant dense<true> : tensor<i1>
    %1573 = stablehlo.broadcast_in_dim %c_400, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %1574 = call @tril(%1573) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %1575 = stablehlo.broadcast_in_dim %1574, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_401 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %1576:3 = call @_where_2(%1575, %1572, %cst_401) : (tensor<1x1x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>)
    %cst_402 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1577 = stablehlo.reduce(%1576#0 init: %cst_402) applies stablehlo.maximum across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %1578 = stablehlo.reshape %1577 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1579 = stablehlo.broadcast_in_dim %1578, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1580 = stablehlo.compare EQ, %1576#0, %1579, FLOAT : (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xi1>
    %1581 = stablehlo.convert %1580 : (tensor<8x16x1024x1024xi1>) -> tensor<8x16x1024x1024xf32>
    %cst_403 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1582 = stablehlo.reduce(%1581 init: %cst_403) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_404 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1583 = stablehlo.broadcast_in_dim %cst_404, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1584 = stablehlo.maximum %1583, %1577 : tensor<8x16x1024xf32>
    %1585 = stablehlo.compare EQ, %1577, %1584, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_405 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1586 = stablehlo.broadcast_in_dim %cst_405, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_406 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1587 = stablehlo.broadcast_in_dim %cst_406, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1588 = stablehlo.select %1585, %1586, %1587 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %cst_407 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1589 = stablehlo.broadcast_in_dim %cst_407, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1590 = stablehlo.compare EQ, %1589, %1584, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_408 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1591 = stablehlo.broadcast_in_dim %cst_408, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_409 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1592 = stablehlo.broadcast_in_dim %cst_409, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1593 = stablehlo.select %1590, %1591, %1592 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %1594 = stablehlo.divide %1588, %1593 : tensor<8x16x1024xf32>
    %1595 = stablehlo.broadcast_in_dim %1584, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1596 = stablehlo.broadcast_in_dim %1595, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1597 = stablehlo.subtract %1576#0, %1596 : tensor<8x16x1024x1024xf32>
    %1598 = stablehlo.exponential %1597 : tensor<8x16x1024x1024xf32>
    %cst_410 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1599 = stablehlo.reduce(%1598 init: %cst_410) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %1600 = stablehlo.broadcast_in_dim %1599, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1601 = stablehlo.broadcast_in_dim %1600, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1602 = stablehlo.divide %1598, %1601 : tensor<8x16x1024x1024xf32>
    %1603 = stablehlo.multiply %1600, %1600 : tensor<8x16x1024x1xf32>
    %cst_411 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1604 = stablehlo.broadcast_in_dim %cst_411, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1xf32>
    %1605 = stablehlo.divide %1604, %1603 : tensor<8x16x1024x1xf32>
    %1606 = stablehlo.dot_general %1567, %1602, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %1607 = stablehlo.transpose %1606, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %1608 = stablehlo.reshape %1607 : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x1024xf32>
    %1609 = stablehlo.dot_general %1608, %arg145, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %1610 = stablehlo.reshape %arg144 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1611 = stablehlo.broadcast_in_dim %1610, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1612 = stablehlo.add %1609, %1611 : tensor<8x1024x1024xf32>
    %1613 = stablehlo.add %1508, %1612 : tensor<8x1024x1024xf32>
    %1614 = chlo.square %1613 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_412 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1615 = stablehlo.broadcast_in_dim %cst_412, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %1616 = stablehlo.multiply %1615, %1613 : tensor<8x1024x1024xf32>
    %cst_413 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1617 = stablehlo.reduce(%1613 init: %cst_413) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_414 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1618 = stablehlo.broadcast_in_dim %cst_414, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1619 = stablehlo.divide %1617, %1618 : tensor<8x1024xf32>
    %cst_415 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1620 = stablehlo.reduce(%1614 init: %cst_415) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_416 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1621 = stablehlo.broadcast_in_dim %cst_416, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1622 = stablehlo.divide %1620, %1621 : tensor<8x1024xf32>
    %1623 = chlo.square %1619 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_417 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1624 = stablehlo.broadcast_in_dim %cst_417, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1625 = stablehlo.multiply %1624, %1619 : tensor<8x1024xf32>
    %1626 = stablehlo.subtract %1622, %1623 : tensor<8x1024xf32>
    %cst_418 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1627 = stablehlo.broadcast_in_dim %cst_418, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1628 = stablehlo.maximum %1627, %1626 : tensor<8x1024xf32>
    %1629 = stablehlo.compare EQ, %1626, %1628, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_419 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1630 = stablehlo.broadcast_in_dim %cst_419, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_420 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1631 = stablehlo.broadcast_in_dim %cst_420, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1632 = stablehlo.select %1629, %1630, %1631 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_421 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1633 = stablehlo.broadcast_in_dim %cst_421, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1634 = stablehlo.compare EQ, %1633, %1628, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_422 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1635 = stablehlo.broadcast_in_dim %cst_422, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_423 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1636 = stablehlo.broadcast_in_dim %cst_423, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1637 = stablehlo.select %1634, %1635, %1636 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %1638 = stablehlo.divide %1632, %1637 : tensor<8x1024xf32>
    %1639 = stablehlo.broadcast_in_dim %1619, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1640 = stablehlo.broadcast_in_dim %1628, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1641 = stablehlo.broadcast_in_dim %1639, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1642 = stablehlo.subtract %1613, %1641 : tensor<8x1024x1024xf32>
    %cst_424 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %1643 = stablehlo.broadcast_in_dim %cst_424, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1644 = stablehlo.add %1640, %1643 : tensor<8x1024x1xf32>
    %1645 = stablehlo.rsqrt %1644 : tensor<8x1024x1xf32>
    %1646 = stablehlo.divide %1645, %1644 : tensor<8x1024x1xf32>
    %cst_425 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1647 = stablehlo.broadcast_in_dim %cst_425, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1648 = stablehlo.multiply %1647, %1646 : tensor<8x1024x1xf32>
    %1649 = stablehlo.reshape %arg155 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1650 = stablehlo.broadcast_in_dim %1645, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1651 = stablehlo.broadcast_in_dim %1649, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1652 = stablehlo.multiply %1650, %1651 : tensor<8x1024x1024xf32>
    %1653 = stablehlo.multiply %1642, %1652 : tensor<8x1024x1024xf32>
    %1654 = stablehlo.reshape %arg154 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1655 = stablehlo.broadcast_in_dim %1654, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1656 = stablehlo.add %1653, %1655 : tensor<8x1024x1024xf32>
    %1657 = stablehlo.dot_general %1656, %arg149, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x4096xf32>
    %1658 = stablehlo.reshape %arg148 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %1659 = stablehlo.broadcast_in_dim %1658, dims = [0, 1, 2] : (tensor<1x1x4096xf32>) -> tensor<8x1024x4096xf32>
    %1660 = stablehlo.add %1657, %1659 : tensor<8x1024x4096xf32>
    %cst_426 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %1661 = stablehlo.broadcast_in_dim %cst_426, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %1662 = stablehlo.multiply %1661, %1660 : tensor<8x1024x4096xf32>
    %1663 = stablehlo.negate %1660 : tensor<8x1024x4096xf32>
    %cst_427 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %1664 = stablehlo.broadcast_in_dim %cst_427, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %1665 = stablehlo.multiply %1663, %1664 : tensor<8x1024x4096xf32>
    %1666 = chlo.erfc %1665 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %1667 = chlo.square %1665 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %1668 = stablehlo.negate %1667 : tensor<8x1024x4096xf32>
    %1669 = stablehlo.exponential %1668 : tensor<8x1024x4096xf32>
    %1670 = stablehlo.multiply %1662, %1666 : tensor<8x1024x4096xf32>
    %1671 = stablehlo.dot_general %1670, %arg151, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x1024xf32>
    %1672 = stablehlo.reshape %arg150 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1673 = stablehlo.broadcast_in_dim %1672, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1674 = stablehlo.add %1671, %1673 : tensor<8x1024x1024xf32>
    %1675 = stablehlo.add %1613, %1674 : tensor<8x1024x1024xf32>
    %1676 = chlo.square %1675 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_428 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1677 = stablehlo.broadcast_in_dim %cst_428, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %1678 = stablehlo.multiply %1677, %1675 : tensor<8x1024x1024xf32>
    %cst_429 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1679 = stablehlo.reduce(%1675 init: %cst_429) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_430 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1680 = stablehlo.broadcast_in_dim %cst_430, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1681 = stablehlo.divide %1679, %1680 : tensor<8x1024xf32>
    %cst_431 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1682 = stablehlo.reduce(%1676 init: %cst_431) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_432 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1683 = stablehlo.broadcast_in_dim %cst_432, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1684 = stablehlo.divide %1682, %1683 : tensor<8x1024xf32>
    %1685 = chlo.square %1681 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_433 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1686 = stablehlo.broadcast_in_dim %cst_433, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1687 = stablehlo.multiply %1686, %1681 : tensor<8x1024xf32>
    %1688 = stablehlo.subtract %1684, %1685 : tensor<8x1024xf32>
    %cst_434 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1689 = stablehlo.broadcast_in_dim %cst_434, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1690 = stablehlo.maximum %1689, %1688 : tensor<8x1024xf32>
    %1691 = stablehlo.compare EQ, %1688, %1690, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_435 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1692 = stablehlo.broadcast_in_dim %cst_435, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_436 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1693 = stablehlo.broadcast_in_dim %cst_436, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1694 = stablehlo.select %1691, %1692, %1693 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_437 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1695 = stablehlo.broadcast_in_dim %cst_437, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1696 = stablehlo.compare EQ, %1695, %1690, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_438 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1697 = stablehlo.broadcast_in_dim %cst_438, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_439 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1698 = stablehlo.broadcast_in_dim %cst_439, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1699 = stablehlo.select %1696, %1697, %1698 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %1700 = stablehlo.divide %1694, %1699 : tensor<8x1024xf32>
    %1701 = stablehlo.broadcast_in_dim %1681, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1702 = stablehlo.broadcast_in_dim %1690, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1703 = stablehlo.broadcast_in_dim %1701, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1704 = stablehlo.subtract %1675, %1703 : tensor<8x1024x1024xf32>
    %cst_440 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %1705 = stablehlo.broadcast_in_dim %cst_440, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1706 = stablehlo.add %1702, %1705 : tensor<8x1024x1xf32>
    %1707 = stablehlo.rsqrt %1706 : tensor<8x1024x1xf32>
    %1708 = stablehlo.divide %1707, %1706 : tensor<8x1024x1xf32>
    %cst_441 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1709 = stablehlo.broadcast_in_dim %cst_441, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1710 = stablehlo.multiply %1709, %1708 : tensor<8x1024x1xf32>
    %1711 = stablehlo.reshape %arg36 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1712 = stablehlo.broadcast_in_dim %1707, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1713 = stablehlo.broadcast_in_dim %1711, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1714 = stablehlo.multiply %1712, %1713 : tensor<8x1024x1024xf32>
    %1715 = stablehlo.multiply %1704, %1714 : tensor<8x1024x1024xf32>
    %1716 = stablehlo.reshape %arg35 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1717 = stablehlo.broadcast_in_dim %1716, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1718 = stablehlo.add %1715, %1717 : tensor<8x1024x1024xf32>
    %1719 = stablehlo.dot_general %1718, %arg26, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x3072xf32>
    %1720 = stablehlo.reshape %1719 : (tensor<8x1024x3072xf32>) -> tensor<8x1024x16x3x64xf32>
    %1721 = stablehlo.slice %1720 [0:8, 0:1024, 0:16, 0:1, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1722 = stablehlo.reshape %1721 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1723 = stablehlo.reshape %arg29 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %1724 = stablehlo.broadcast_in_dim %1723, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %1725 = stablehlo.broadcast_in_dim %1724, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %1726 = stablehlo.add %1722, %1725 : tensor<8x1024x16x64xf32>
    %1727 = stablehlo.slice %1720 [0:8, 0:1024, 0:16, 1:2, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1728 = stablehlo.reshape %1727 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1729 = stablehlo.slice %1720 [0:8, 0:1024, 0:16, 2:3, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1730 = stablehlo.reshape %1729 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1731 = stablehlo.reshape %arg30 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %1732 = stablehlo.broadcast_in_dim %1731, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %1733 = stablehlo.broadcast_in_dim %1732, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %1734 = stablehlo.add %1730, %1733 : tensor<8x1024x16x64xf32>
    %1735 = stablehlo.dot_general %1726, %1728, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %cst_442 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %1736 = stablehlo.sqrt %cst_442 : tensor<f32>
    %1737 = stablehlo.convert %1736 : tensor<f32>
    %1738 = stablehlo.broadcast_in_dim %1737, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %1739 = stablehlo.divide %1735, %1738 : tensor<8x16x1024x1024xf32>
    %c_443 = stablehlo.constant dense<true> : tensor<i1>
    %1740 = stablehlo.broadcast_in_dim %c_443, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %1741 = call @tril(%1740) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %1742 = stablehlo.broadcast_in_dim %1741, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_444 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %1743:3 = call @_where_2(%1742, %1739, %cst_444) : (tensor<1x1x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>)
    %cst_445 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1744 = stablehlo.reduce(%1743#0 init: %cst_445) applies stablehlo.maximum across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %1745 = stablehlo.reshape %1744 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1746 = stablehlo.broadcast_in_dim %1745, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1747 = stablehlo.compare EQ, %1743#0, %1746, FLOAT : (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xi1>
    %1748 = stablehlo.convert %1747 : (tensor<8x16x1024x1024xi1>) -> tensor<8x16x1024x1024xf32>
    %cst_446 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1749 = stablehlo.reduce(%1748 init: %cst_446) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_447 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1750 = stablehlo.broadcast_in_dim %cst_447, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1751 = stablehlo.maximum %1750, %1744 : tensor<8x16x1024xf32>
    %1752 = stablehlo.compare EQ, %1744, %1751, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_448 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1753 = stablehlo.broadcast_in_dim %cst_448, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_449 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1754 = stablehlo.broadcast_in_dim %cst_449, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1755 = stablehlo.select %1752, %1753, %1754 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %cst_450 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1756 = stablehlo.broadcast_in_dim %cst_450, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1757 = stablehlo.compare EQ, %1756, %1751, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_451 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1758 = stablehlo.broadcast_in_dim %cst_451, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_452 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1759 = stablehlo.broadcast_in_dim %cst_452, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1760 = stablehlo.select %1757, %1758, %1759 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %1761 = stablehlo.divide %1755, %1760 : tensor<8x16x1024xf32>
    %1762 = stablehlo.broadcast_in_dim %1751, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1763 = stablehlo.broadcast_in_dim %1762, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1764 = stablehlo.subtract %1743#0, %1763 : tensor<8x16x1024x1024xf32>
    %1765 = stablehlo.exponential %1764 : tensor<8x16x1024x1024xf32>
    %cst_453 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1766 = stablehlo.reduce(%1765 init: %cst_453) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %1767 = stablehlo.broadcast_in_dim %1766, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1768 = stablehlo.broadcast_in_dim %1767, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1769 = stablehlo.divide %1765, %1768 : tensor<8x16x1024x1024xf32>
    %1770 = stablehlo.multiply %1767, %1767 : tensor<8x16x1024x1xf32>
    %cst_454 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1771 = stablehlo.broadcast_in_dim %cst_454, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1xf32>
    %1772 = stablehlo.divide %1771, %1770 : tensor<8x16x1024x1xf32>
    %1773 = stablehlo.dot_general %1734, %1769, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %1774 = stablehlo.transpose %1773, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %1775 = stablehlo.reshape %1774 : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x1024xf32>
    %1776 = stablehlo.dot_general %1775, %arg28, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %1777 = stablehlo.reshape %arg27 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1778 = stablehlo.broadcast_in_dim %1777, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1779 = stablehlo.add %1776, %1778 : tensor<8x1024x1024xf32>
    %1780 = stablehlo.add %1675, %1779 : tensor<8x1024x1024xf32>
    %1781 = chlo.square %1780 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_455 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1782 = stablehlo.broadcast_in_dim %cst_455, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %1783 = stablehlo.multiply %1782, %1780 : tensor<8x1024x1024xf32>
    %cst_456 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1784 = stablehlo.reduce(%1780 init: %cst_456) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_457 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1785 = stablehlo.broadcast_in_dim %cst_457, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1786 = stablehlo.divide %1784, %1785 : tensor<8x1024xf32>
    %cst_458 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1787 = stablehlo.reduce(%1781 init: %cst_458) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_459 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1788 = stablehlo.broadcast_in_dim %cst_459, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1789 = stablehlo.divide %1787, %1788 : tensor<8x1024xf32>
    %1790 = chlo.square %1786 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_460 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1791 = stablehlo.broadcast_in_dim %cst_460, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1792 = stablehlo.multiply %1791, %1786 : tensor<8x1024xf32>
    %1793 = stablehlo.subtract %1789, %1790 : tensor<8x1024xf32>
    %cst_461 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1794 = stablehlo.broadcast_in_dim %cst_461, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1795 = stablehlo.maximum %1794, %1793 : tensor<8x1024xf32>
    %1796 = stablehlo.compare EQ, %1793, %1795, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_462 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1797 = stablehlo.broadcast_in_dim %cst_462, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_463 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1798 = stablehlo.broadcast_in_dim %cst_463, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1799 = stablehlo.select %1796, %1797, %1798 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_464 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1800 = stablehlo.broadcast_in_dim %cst_464, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1801 = stablehlo.compare EQ, %1800, %1795, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_465 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1802 = stablehlo.broadcast_in_dim %cst_465, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_466 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1803 = stablehlo.broadcast_in_dim %cst_466, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1804 = stablehlo.select %1801, %1802, %1803 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %1805 = stablehlo.divide %1799, %1804 : tensor<8x1024xf32>
    %1806 = stablehlo.broadcast_in_dim %1786, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1807 = stablehlo.broadcast_in_dim %1795, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1808 = stablehlo.broadcast_in_dim %1806, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1809 = stablehlo.subtract %1780, %1808 : tensor<8x1024x1024xf32>
    %cst_467 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %1810 = stablehlo.broadcast_in_dim %cst_467, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1811 = stablehlo.add %1807, %1810 : tensor<8x1024x1xf32>
    %1812 = stablehlo.rsqrt %1811 : tensor<8x1024x1xf32>
    %1813 = stablehlo.divide %1812, %1811 : tensor<8x1024x1xf32>
    %cst_468 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1814 = stablehlo.broadcast_in_dim %cst_468, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1815 = stablehlo.multiply %1814, %1813 : tensor<8x1024x1xf32>
    %1816 = stablehlo.reshape %arg38 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1817 = stablehlo.broadcast_in_dim %1812, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1818 = stablehlo.broadcast_in_dim %1816, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1819 = stablehlo.multiply %1817, %1818 : tensor<8x1024x1024xf32>
    %1820 = stablehlo.multiply %1809, %1819 : tensor<8x1024x1024xf32>
    %1821 = stablehlo.reshape %arg37 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1822 = stablehlo.broadcast_in_dim %1821, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1823 = stablehlo.add %1820, %1822 : tensor<8x1024x1024xf32>
    %1824 = stablehlo.dot_general %1823, %arg32, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x4096xf32>
    %1825 = stablehlo.reshape %arg31 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %1826 = stablehlo.broadcast_in_dim %1825, dims = [0, 1, 2] : (tensor<1x1x4096xf32>) -> tensor<8x1024x4096xf32>
    %1827 = stablehlo.add %1824, %1826 : tensor<8x1024x4096xf32>
    %cst_469 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %1828 = stablehlo.broadcast_in_dim %cst_469, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %1829 = stablehlo.multiply %1828, %1827 : tensor<8x1024x4096xf32>
    %1830 = stablehlo.negate %1827 : tensor<8x1024x4096xf32>
    %cst_470 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %1831 = stablehlo.broadcast_in_dim %cst_470, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %1832 = stablehlo.multiply %1830, %1831 : tensor<8x1024x4096xf32>
    %1833 = chlo.erfc %1832 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %1834 = chlo.square %1832 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %1835 = stablehlo.negate %1834 : tensor<8x1024x4096xf32>
    %1836 = stablehlo.exponential %1835 : tensor<8x1024x4096xf32>
    %1837 = stablehlo.multiply %1829, %1833 : tensor<8x1024x4096xf32>
    %1838 = stablehlo.dot_general %1837, %arg34, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x1024xf32>
    %1839 = stablehlo.reshape %arg33 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1840 = stablehlo.broadcast_in_dim %1839, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1841 = stablehlo.add %1838, %1840 : tensor<8x1024x1024xf32>
    %1842 = stablehlo.add %1780, %1841 : tensor<8x1024x1024xf32>
    %1843 = chlo.square %1842 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_471 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1844 = stablehlo.broadcast_in_dim %cst_471, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %1845 = stablehlo.multiply %1844, %1842 : tensor<8x1024x1024xf32>
    %cst_472 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1846 = stablehlo.reduce(%1842 init: %cst_472) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_473 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1847 = stablehlo.broadcast_in_dim %cst_473, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1848 = stablehlo.divide %1846, %1847 : tensor<8x1024xf32>
    %cst_474 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1849 = stablehlo.reduce(%1843 init: %cst_474) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_475 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1850 = stablehlo.broadcast_in_dim %cst_475, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1851 = stablehlo.divide %1849, %1850 : tensor<8x1024xf32>
    %1852 = chlo.square %1848 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_476 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1853 = stablehlo.broadcast_in_dim %cst_476, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1854 = stablehlo.multiply %1853, %1848 : tensor<8x1024xf32>
    %1855 = stablehlo.subtract %1851, %1852 : tensor<8x1024xf32>
    %cst_477 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1856 = stablehlo.broadcast_in_dim %cst_477, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1857 = stablehlo.maximum %1856, %1855 : tensor<8x1024xf32>
    %1858 = stablehlo.compare EQ, %1855, %1857, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_478 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1859 = stablehlo.broadcast_in_dim %cst_478, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_479 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1860 = stablehlo.broadcast_in_dim %cst_479, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1861 = stablehlo.select %1858, %1859, %1860 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_480 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1862 = stablehlo.broadcast_in_dim %cst_480, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1863 = stablehlo.compare EQ, %1862, %1857, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_481 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1864 = stablehlo.broadcast_in_dim %cst_481, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_482 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1865 = stablehlo.broadcast_in_dim %cst_482, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1866 = stablehlo.select %1863, %1864, %1865 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %1867 = stablehlo.divide %1861, %1866 : tensor<8x1024xf32>
    %1868 = stablehlo.broadcast_in_dim %1848, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1869 = stablehlo.broadcast_in_dim %1857, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1870 = stablehlo.broadcast_in_dim %1868, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1871 = stablehlo.subtract %1842, %1870 : tensor<8x1024x1024xf32>
    %cst_483 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %1872 = stablehlo.broadcast_in_dim %cst_483, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1873 = stablehlo.add %1869, %1872 : tensor<8x1024x1xf32>
    %1874 = stablehlo.rsqrt %1873 : tensor<8x1024x1xf32>
    %1875 = stablehlo.divide %1874, %1873 : tensor<8x1024x1xf32>
    %cst_484 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1876 = stablehlo.broadcast_in_dim %cst_484, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1877 = stablehlo.multiply %1876, %1875 : tensor<8x1024x1xf32>
    %1878 = stablehlo.reshape %arg49 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1879 = stablehlo.broadcast_in_dim %1874, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1880 = stablehlo.broadcast_in_dim %1878, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1881 = stablehlo.multiply %1879, %1880 : tensor<8x1024x1024xf32>
    %1882 = stablehlo.multiply %1871, %1881 : tensor<8x1024x1024xf32>
    %1883 = stablehlo.reshape %arg48 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1884 = stablehlo.broadcast_in_dim %1883, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1885 = stablehlo.add %1882, %1884 : tensor<8x1024x1024xf32>
    %1886 = stablehlo.dot_general %1885, %arg39, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x3072xf32>
    %1887 = stablehlo.reshape %1886 : (tensor<8x1024x3072xf32>) -> tensor<8x1024x16x3x64xf32>
    %1888 = stablehlo.slice %1887 [0:8, 0:1024, 0:16, 0:1, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1889 = stablehlo.reshape %1888 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1890 = stablehlo.reshape %arg42 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %1891 = stablehlo.broadcast_in_dim %1890, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %1892 = stablehlo.broadcast_in_dim %1891, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %1893 = stablehlo.add %1889, %1892 : tensor<8x1024x16x64xf32>
    %1894 = stablehlo.slice %1887 [0:8, 0:1024, 0:16, 1:2, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1895 = stablehlo.reshape %1894 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1896 = stablehlo.slice %1887 [0:8, 0:1024, 0:16, 2:3, 0:64] : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %1897 = stablehlo.reshape %1896 : (tensor<8x1024x16x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %1898 = stablehlo.reshape %arg43 : (tensor<1024xf32>) -> tensor<16x64xf32>
    %1899 = stablehlo.broadcast_in_dim %1898, dims = [2, 3] : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %1900 = stablehlo.broadcast_in_dim %1899, dims = [0, 1, 2, 3] : (tensor<1x1x16x64xf32>) -> tensor<8x1024x16x64xf32>
    %1901 = stablehlo.add %1897, %1900 : tensor<8x1024x16x64xf32>
    %1902 = stablehlo.dot_general %1893, %1895, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %cst_485 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %1903 = stablehlo.sqrt %cst_485 : tensor<f32>
    %1904 = stablehlo.convert %1903 : tensor<f32>
    %1905 = stablehlo.broadcast_in_dim %1904, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %1906 = stablehlo.divide %1902, %1905 : tensor<8x16x1024x1024xf32>
    %c_486 = stablehlo.constant dense<true> : tensor<i1>
    %1907 = stablehlo.broadcast_in_dim %c_486, dims = [] : (tensor<i1>) -> tensor<1024x1024xi1>
    %1908 = call @tril(%1907) : (tensor<1024x1024xi1>) -> tensor<1024x1024xi1>
    %1909 = stablehlo.broadcast_in_dim %1908, dims = [2, 3] : (tensor<1024x1024xi1>) -> tensor<1x1x1024x1024xi1>
    %cst_487 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %1910:3 = call @_where_2(%1909, %1906, %cst_487) : (tensor<1x1x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>)
    %cst_488 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1911 = stablehlo.reduce(%1910#0 init: %cst_488) applies stablehlo.maximum across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %1912 = stablehlo.reshape %1911 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1913 = stablehlo.broadcast_in_dim %1912, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1914 = stablehlo.compare EQ, %1910#0, %1913, FLOAT : (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xi1>
    %1915 = stablehlo.convert %1914 : (tensor<8x16x1024x1024xi1>) -> tensor<8x16x1024x1024xf32>
    %cst_489 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1916 = stablehlo.reduce(%1915 init: %cst_489) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_490 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1917 = stablehlo.broadcast_in_dim %cst_490, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1918 = stablehlo.maximum %1917, %1911 : tensor<8x16x1024xf32>
    %1919 = stablehlo.compare EQ, %1911, %1918, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_491 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1920 = stablehlo.broadcast_in_dim %cst_491, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_492 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1921 = stablehlo.broadcast_in_dim %cst_492, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1922 = stablehlo.select %1919, %1920, %1921 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %cst_493 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1923 = stablehlo.broadcast_in_dim %cst_493, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1924 = stablehlo.compare EQ, %1923, %1918, FLOAT : (tensor<8x16x1024xf32>, tensor<8x16x1024xf32>) -> tensor<8x16x1024xi1>
    %cst_494 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1925 = stablehlo.broadcast_in_dim %cst_494, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %cst_495 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1926 = stablehlo.broadcast_in_dim %cst_495, dims = [] : (tensor<f32>) -> tensor<8x16x1024xf32>
    %1927 = stablehlo.select %1924, %1925, %1926 : tensor<8x16x1024xi1>, tensor<8x16x1024xf32>
    %1928 = stablehlo.divide %1922, %1927 : tensor<8x16x1024xf32>
    %1929 = stablehlo.broadcast_in_dim %1918, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1930 = stablehlo.broadcast_in_dim %1929, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1931 = stablehlo.subtract %1910#0, %1930 : tensor<8x16x1024x1024xf32>
    %1932 = stablehlo.exponential %1931 : tensor<8x16x1024x1024xf32>
    %cst_496 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1933 = stablehlo.reduce(%1932 init: %cst_496) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %1934 = stablehlo.broadcast_in_dim %1933, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %1935 = stablehlo.broadcast_in_dim %1934, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %1936 = stablehlo.divide %1932, %1935 : tensor<8x16x1024x1024xf32>
    %1937 = stablehlo.multiply %1934, %1934 : tensor<8x16x1024x1xf32>
    %cst_497 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1938 = stablehlo.broadcast_in_dim %cst_497, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1xf32>
    %1939 = stablehlo.divide %1938, %1937 : tensor<8x16x1024x1xf32>
    %1940 = stablehlo.dot_general %1901, %1936, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x16x64xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %1941 = stablehlo.transpose %1940, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %1942 = stablehlo.reshape %1941 : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x1024xf32>
    %1943 = stablehlo.dot_general %1942, %arg41, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %1944 = stablehlo.reshape %arg40 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1945 = stablehlo.broadcast_in_dim %1944, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1946 = stablehlo.add %1943, %1945 : tensor<8x1024x1024xf32>
    %1947 = stablehlo.add %1842, %1946 : tensor<8x1024x1024xf32>
    %1948 = chlo.square %1947 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_498 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1949 = stablehlo.broadcast_in_dim %cst_498, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %1950 = stablehlo.multiply %1949, %1947 : tensor<8x1024x1024xf32>
    %cst_499 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1951 = stablehlo.reduce(%1947 init: %cst_499) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_500 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1952 = stablehlo.broadcast_in_dim %cst_500, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1953 = stablehlo.divide %1951, %1952 : tensor<8x1024xf32>
    %cst_501 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1954 = stablehlo.reduce(%1948 init: %cst_501) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_502 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %1955 = stablehlo.broadcast_in_dim %cst_502, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1956 = stablehlo.divide %1954, %1955 : tensor<8x1024xf32>
    %1957 = chlo.square %1953 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_503 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1958 = stablehlo.broadcast_in_dim %cst_503, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1959 = stablehlo.multiply %1958, %1953 : tensor<8x1024xf32>
    %1960 = stablehlo.subtract %1956, %1957 : tensor<8x1024xf32>
    %cst_504 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1961 = stablehlo.broadcast_in_dim %cst_504, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1962 = stablehlo.maximum %1961, %1960 : tensor<8x1024xf32>
    %1963 = stablehlo.compare EQ, %1960, %1962, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_505 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1964 = stablehlo.broadcast_in_dim %cst_505, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_506 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1965 = stablehlo.broadcast_in_dim %cst_506, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1966 = stablehlo.select %1963, %1964, %1965 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_507 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1967 = stablehlo.broadcast_in_dim %cst_507, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1968 = stablehlo.compare EQ, %1967, %1962, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_508 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1969 = stablehlo.broadcast_in_dim %cst_508, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_509 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1970 = stablehlo.broadcast_in_dim %cst_509, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %1971 = stablehlo.select %1968, %1969, %1970 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %1972 = stablehlo.divide %1966, %1971 : tensor<8x1024xf32>
    %1973 = stablehlo.broadcast_in_dim %1953, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1974 = stablehlo.broadcast_in_dim %1962, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %1975 = stablehlo.broadcast_in_dim %1973, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1976 = stablehlo.subtract %1947, %1975 : tensor<8x1024x1024xf32>
    %cst_510 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %1977 = stablehlo.broadcast_in_dim %cst_510, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1978 = stablehlo.add %1974, %1977 : tensor<8x1024x1xf32>
    %1979 = stablehlo.rsqrt %1978 : tensor<8x1024x1xf32>
    %1980 = stablehlo.divide %1979, %1978 : tensor<8x1024x1xf32>
    %cst_511 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %1981 = stablehlo.broadcast_in_dim %cst_511, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1982 = stablehlo.multiply %1981, %1980 : tensor<8x1024x1xf32>
    %1983 = stablehlo.reshape %arg51 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1984 = stablehlo.broadcast_in_dim %1979, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %1985 = stablehlo.broadcast_in_dim %1983, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1986 = stablehlo.multiply %1984, %1985 : tensor<8x1024x1024xf32>
    %1987 = stablehlo.multiply %1976, %1986 : tensor<8x1024x1024xf32>
    %1988 = stablehlo.reshape %arg50 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %1989 = stablehlo.broadcast_in_dim %1988, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %1990 = stablehlo.add %1987, %1989 : tensor<8x1024x1024xf32>
    %1991 = stablehlo.dot_general %1990, %arg45, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x4096xf32>
    %1992 = stablehlo.reshape %arg44 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %1993 = stablehlo.broadcast_in_dim %1992, dims = [0, 1, 2] : (tensor<1x1x4096xf32>) -> tensor<8x1024x4096xf32>
    %1994 = stablehlo.add %1991, %1993 : tensor<8x1024x4096xf32>
    %cst_512 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %1995 = stablehlo.broadcast_in_dim %cst_512, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %1996 = stablehlo.multiply %1995, %1994 : tensor<8x1024x4096xf32>
    %1997 = stablehlo.negate %1994 : tensor<8x1024x4096xf32>
    %cst_513 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %1998 = stablehlo.broadcast_in_dim %cst_513, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %1999 = stablehlo.multiply %1997, %1998 : tensor<8x1024x4096xf32>
    %2000 = chlo.erfc %1999 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %2001 = chlo.square %1999 : tensor<8x1024x4096xf32> -> tensor<8x1024x4096xf32>
    %2002 = stablehlo.negate %2001 : tensor<8x1024x4096xf32>
    %2003 = stablehlo.exponential %2002 : tensor<8x1024x4096xf32>
    %2004 = stablehlo.multiply %1996, %2000 : tensor<8x1024x4096xf32>
    %2005 = stablehlo.dot_general %2004, %arg47, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x1024xf32>
    %2006 = stablehlo.reshape %arg46 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2007 = stablehlo.broadcast_in_dim %2006, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2008 = stablehlo.add %2005, %2007 : tensor<8x1024x1024xf32>
    %2009 = stablehlo.add %1947, %2008 : tensor<8x1024x1024xf32>
    %2010 = chlo.square %2009 : tensor<8x1024x1024xf32> -> tensor<8x1024x1024xf32>
    %cst_514 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2011 = stablehlo.broadcast_in_dim %cst_514, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %2012 = stablehlo.multiply %2011, %2009 : tensor<8x1024x1024xf32>
    %cst_515 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2013 = stablehlo.reduce(%2009 init: %cst_515) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_516 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2014 = stablehlo.broadcast_in_dim %cst_516, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2015 = stablehlo.divide %2013, %2014 : tensor<8x1024xf32>
    %cst_517 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2016 = stablehlo.reduce(%2010 init: %cst_517) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_518 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2017 = stablehlo.broadcast_in_dim %cst_518, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2018 = stablehlo.divide %2016, %2017 : tensor<8x1024xf32>
    %2019 = chlo.square %2015 : tensor<8x1024xf32> -> tensor<8x1024xf32>
    %cst_519 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2020 = stablehlo.broadcast_in_dim %cst_519, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2021 = stablehlo.multiply %2020, %2015 : tensor<8x1024xf32>
    %2022 = stablehlo.subtract %2018, %2019 : tensor<8x1024xf32>
    %cst_520 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2023 = stablehlo.broadcast_in_dim %cst_520, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2024 = stablehlo.maximum %2023, %2022 : tensor<8x1024xf32>
    %2025 = stablehlo.compare EQ, %2022, %2024, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_521 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2026 = stablehlo.broadcast_in_dim %cst_521, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_522 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2027 = stablehlo.broadcast_in_dim %cst_522, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2028 = stablehlo.select %2025, %2026, %2027 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_523 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2029 = stablehlo.broadcast_in_dim %cst_523, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2030 = stablehlo.compare EQ, %2029, %2024, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_524 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2031 = stablehlo.broadcast_in_dim %cst_524, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_525 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2032 = stablehlo.broadcast_in_dim %cst_525, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2033 = stablehlo.select %2030, %2031, %2032 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %2034 = stablehlo.divide %2028, %2033 : tensor<8x1024xf32>
    %2035 = stablehlo.broadcast_in_dim %2015, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2036 = stablehlo.broadcast_in_dim %2024, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2037 = stablehlo.broadcast_in_dim %2035, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2038 = stablehlo.subtract %2009, %2037 : tensor<8x1024x1024xf32>
    %cst_526 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %2039 = stablehlo.broadcast_in_dim %cst_526, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %2040 = stablehlo.add %2036, %2039 : tensor<8x1024x1xf32>
    %2041 = stablehlo.rsqrt %2040 : tensor<8x1024x1xf32>
    %2042 = stablehlo.divide %2041, %2040 : tensor<8x1024x1xf32>
    %cst_527 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %2043 = stablehlo.broadcast_in_dim %cst_527, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %2044 = stablehlo.multiply %2043, %2042 : tensor<8x1024x1xf32>
    %2045 = stablehlo.reshape %arg157 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2046 = stablehlo.broadcast_in_dim %2041, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2047 = stablehlo.broadcast_in_dim %2045, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2048 = stablehlo.multiply %2046, %2047 : tensor<8x1024x1024xf32>
    %2049 = stablehlo.multiply %2038, %2048 : tensor<8x1024x1024xf32>
    %2050 = stablehlo.reshape %arg156 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2051 = stablehlo.broadcast_in_dim %2050, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2052 = stablehlo.add %2049, %2051 : tensor<8x1024x1024xf32>
    %2053 = stablehlo.transpose %arg159, dims = [1, 0] : (tensor<51200x1024xf32>) -> tensor<1024x51200xf32>
    %2054 = stablehlo.dot_general %2052, %2053, contracting_dims = [2] x [0], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x51200xf32>) -> tensor<8x1024x51200xf32>
    %2055 = stablehlo.broadcast_in_dim %arg482, dims = [0, 1] : (tensor<8x1024xi32>) -> tensor<8x1024x1xi32>
    %2056:2 = call @take_along_axis(%2054, %2055) : (tensor<8x1024x51200xf32>, tensor<8x1024x1xi32>) -> (tensor<8x1024x1xf32>, tensor<8x1024x1x1xi32>)
    %c_528 = stablehlo.constant dense<0> : tensor<i32>
    %2057:2 = call @_take_3(%2056#0, %c_528) : (tensor<8x1024x1xf32>, tensor<i32>) -> (tensor<8x1024xf32>, tensor<1xi32>)
    %cst_529 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %2058 = stablehlo.reduce(%2054 init: %cst_529) applies stablehlo.maximum across dimensions = [2] : (tensor<8x1024x51200xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2059 = stablehlo.reshape %2058 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2060 = stablehlo.broadcast_in_dim %2059, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x51200xf32>
    %2061 = stablehlo.compare EQ, %2054, %2060, FLOAT : (tensor<8x1024x51200xf32>, tensor<8x1024x51200xf32>) -> tensor<8x1024x51200xi1>
    %2062 = stablehlo.convert %2061 : (tensor<8x1024x51200xi1>) -> tensor<8x1024x51200xf32>
    %cst_530 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2063 = stablehlo.reduce(%2062 init: %cst_530) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x51200xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_531 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %2064 = stablehlo.broadcast_in_dim %cst_531, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2065 = stablehlo.maximum %2064, %2058 : tensor<8x1024xf32>
    %2066 = stablehlo.compare EQ, %2058, %2065, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_532 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2067 = stablehlo.broadcast_in_dim %cst_532, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_533 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2068 = stablehlo.broadcast_in_dim %cst_533, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2069 = stablehlo.select %2066, %2067, %2068 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_534 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %2070 = stablehlo.broadcast_in_dim %cst_534, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2071 = stablehlo.compare EQ, %2070, %2065, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_535 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %2072 = stablehlo.broadcast_in_dim %cst_535, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %cst_536 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %2073 = stablehlo.broadcast_in_dim %cst_536, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2074 = stablehlo.select %2071, %2072, %2073 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %2075 = stablehlo.divide %2069, %2074 : tensor<8x1024xf32>
    %2076 = stablehlo.is_finite %2065 : (tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %cst_537 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2077 = stablehlo.broadcast_in_dim %cst_537, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2078 = stablehlo.select %2076, %2065, %2077 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %cst_538 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2079 = stablehlo.broadcast_in_dim %cst_538, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2080 = stablehlo.broadcast_in_dim %2078, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2081 = stablehlo.broadcast_in_dim %2080, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x51200xf32>
    %2082 = stablehlo.subtract %2054, %2081 : tensor<8x1024x51200xf32>
    %2083 = stablehlo.exponential %2082 : tensor<8x1024x51200xf32>
    %cst_539 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2084 = stablehlo.reduce(%2083 init: %cst_539) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x51200xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2085 = stablehlo.sign %2084 : tensor<8x1024xf32>
    %2086 = stablehlo.abs %2084 : tensor<8x1024xf32>
    %cst_540 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2087 = stablehlo.broadcast_in_dim %cst_540, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2088 = stablehlo.compare GE, %2084, %2087, FLOAT : (tensor<8x1024xf32>, tensor<8x1024xf32>) -> tensor<8x1024xi1>
    %2089 = stablehlo.log %2086 : tensor<8x1024xf32>
    %2090 = stablehlo.add %2089, %2078 : tensor<8x1024xf32>
    %2091 = stablehlo.subtract %2090, %2057#0 : tensor<8x1024xf32>
    %cst_541 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2092 = stablehlo.reduce(%2091 init: %cst_541) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024xf32>, tensor<f32>) -> tensor<f32>
    %cst_542 = stablehlo.constant dense<8.192000e+03> : tensor<f32>
    %2093 = stablehlo.divide %2092, %cst_542 : tensor<f32>
    %cst_543 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_544 = stablehlo.constant dense<8.192000e+03> : tensor<f32>
    %2094 = stablehlo.divide %cst_543, %cst_544 : tensor<f32>
    %2095 = stablehlo.broadcast_in_dim %2094, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2096 = stablehlo.negate %2095 : tensor<8x1024xf32>
    %2097 = stablehlo.divide %2095, %2086 : tensor<8x1024xf32>
    %cst_545 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2098 = stablehlo.broadcast_in_dim %cst_545, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2099 = stablehlo.select %2088, %2098, %2097 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %2100 = stablehlo.select %2088, %2097, %2098 : tensor<8x1024xi1>, tensor<8x1024xf32>
    %2101 = stablehlo.negate %2099 : tensor<8x1024xf32>
    %2102 = stablehlo.add %2100, %2101 : tensor<8x1024xf32>
    %2103 = stablehlo.broadcast_in_dim %2102, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x51200xf32>
    %2104 = stablehlo.multiply %2103, %2083 : tensor<8x1024x51200xf32>
    %2105 = call @_take_5(%2057#1, %2096) : (tensor<1xi32>, tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2106 = call @take_along_axis_6(%2056#1, %2105) : (tensor<8x1024x1x1xi32>, tensor<8x1024x1xf32>) -> tensor<8x1024x51200xf32>
    %2107 = stablehlo.add %2104, %2106 : tensor<8x1024x51200xf32>
    %2108 = stablehlo.dot_general %2107, %2052, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x51200xf32>, tensor<8x1024x1024xf32>) -> tensor<51200x1024xf32>
    %2109 = stablehlo.transpose %2108, dims = [1, 0] : (tensor<51200x1024xf32>) -> tensor<1024x51200xf32>
    %2110 = stablehlo.dot_general %2107, %2053, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x51200xf32>, tensor<1024x51200xf32>) -> tensor<8x1024x1024xf32>
    %2111 = stablehlo.transpose %2109, dims = [1, 0] : (tensor<1024x51200xf32>) -> tensor<51200x1024xf32>
    %cst_546 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2112 = stablehlo.reduce(%2110 init: %cst_546) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2113 = stablehlo.reshape %2112 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2114 = stablehlo.reshape %2113 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2115 = stablehlo.multiply %2038, %2110 : tensor<8x1024x1024xf32>
    %2116 = stablehlo.multiply %2110, %2048 : tensor<8x1024x1024xf32>
    %2117 = stablehlo.broadcast_in_dim %2041, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2118 = stablehlo.multiply %2117, %2115 : tensor<8x1024x1024xf32>
    %cst_547 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2119 = stablehlo.reduce(%2118 init: %cst_547) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2120 = stablehlo.reshape %2119 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2121 = stablehlo.broadcast_in_dim %2045, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2122 = stablehlo.multiply %2115, %2121 : tensor<8x1024x1024xf32>
    %cst_548 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2123 = stablehlo.reduce(%2122 init: %cst_548) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2124 = stablehlo.reshape %2123 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2125 = stablehlo.reshape %2120 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2126 = stablehlo.multiply %2124, %2044 : tensor<8x1024x1xf32>
    %2127 = stablehlo.negate %2116 : tensor<8x1024x1024xf32>
    %cst_549 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2128 = stablehlo.reduce(%2127 init: %cst_549) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2129 = stablehlo.reshape %2128 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %cst_550 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2130 = stablehlo.reduce(%2126 init: %cst_550) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_551 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2131 = stablehlo.reduce(%2129 init: %cst_551) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2132 = stablehlo.multiply %2130, %2034 : tensor<8x1024xf32>
    %2133 = stablehlo.negate %2132 : tensor<8x1024xf32>
    %2134 = stablehlo.multiply %2133, %2021 : tensor<8x1024xf32>
    %2135 = stablehlo.add %2131, %2134 : tensor<8x1024xf32>
    %cst_552 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2136 = stablehlo.broadcast_in_dim %cst_552, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2137 = stablehlo.divide %2132, %2136 : tensor<8x1024xf32>
    %2138 = stablehlo.broadcast_in_dim %2137, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_553 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2139 = stablehlo.broadcast_in_dim %cst_553, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2140 = stablehlo.divide %2135, %2139 : tensor<8x1024xf32>
    %2141 = stablehlo.broadcast_in_dim %2140, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %2142 = stablehlo.add %2116, %2141 : tensor<8x1024x1024xf32>
    %2143 = stablehlo.multiply %2138, %2012 : tensor<8x1024x1024xf32>
    %2144 = stablehlo.add %2142, %2143 : tensor<8x1024x1024xf32>
    %cst_554 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2145 = stablehlo.reduce(%2144 init: %cst_554) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2146 = stablehlo.reshape %2145 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2147 = stablehlo.reshape %2146 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2148 = stablehlo.dot_general %2144, %2004, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x4096xf32>) -> tensor<1024x4096xf32>
    %2149 = stablehlo.transpose %2148, dims = [1, 0] : (tensor<1024x4096xf32>) -> tensor<4096x1024xf32>
    %2150 = stablehlo.dot_general %2144, %arg47, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x4096xf32>
    %2151 = stablehlo.multiply %1996, %2150 : tensor<8x1024x4096xf32>
    %2152 = stablehlo.multiply %2150, %2000 : tensor<8x1024x4096xf32>
    %cst_555 = stablehlo.constant dense<-1.12837923> : tensor<f32>
    %2153 = stablehlo.broadcast_in_dim %cst_555, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2154 = stablehlo.multiply %2153, %2151 : tensor<8x1024x4096xf32>
    %2155 = stablehlo.multiply %2154, %2003 : tensor<8x1024x4096xf32>
    %cst_556 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %2156 = stablehlo.broadcast_in_dim %cst_556, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2157 = stablehlo.multiply %2155, %2156 : tensor<8x1024x4096xf32>
    %2158 = stablehlo.negate %2157 : tensor<8x1024x4096xf32>
    %cst_557 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %2159 = stablehlo.broadcast_in_dim %cst_557, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2160 = stablehlo.multiply %2159, %2152 : tensor<8x1024x4096xf32>
    %2161 = stablehlo.add %2158, %2160 : tensor<8x1024x4096xf32>
    %cst_558 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2162 = stablehlo.reduce(%2161 init: %cst_558) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x4096xf32>, tensor<f32>) -> tensor<4096xf32>
    %2163 = stablehlo.reshape %2162 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %2164 = stablehlo.reshape %2163 : (tensor<1x1x4096xf32>) -> tensor<4096xf32>
    %2165 = stablehlo.dot_general %2161, %1990, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<8x1024x1024xf32>) -> tensor<4096x1024xf32>
    %2166 = stablehlo.transpose %2165, dims = [1, 0] : (tensor<4096x1024xf32>) -> tensor<1024x4096xf32>
    %2167 = stablehlo.dot_general %2161, %arg45, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x1024xf32>
    %cst_559 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2168 = stablehlo.reduce(%2167 init: %cst_559) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2169 = stablehlo.reshape %2168 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2170 = stablehlo.reshape %2169 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2171 = stablehlo.multiply %1976, %2167 : tensor<8x1024x1024xf32>
    %2172 = stablehlo.multiply %2167, %1986 : tensor<8x1024x1024xf32>
    %2173 = stablehlo.broadcast_in_dim %1979, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2174 = stablehlo.multiply %2173, %2171 : tensor<8x1024x1024xf32>
    %cst_560 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2175 = stablehlo.reduce(%2174 init: %cst_560) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2176 = stablehlo.reshape %2175 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2177 = stablehlo.broadcast_in_dim %1983, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2178 = stablehlo.multiply %2171, %2177 : tensor<8x1024x1024xf32>
    %cst_561 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2179 = stablehlo.reduce(%2178 init: %cst_561) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2180 = stablehlo.reshape %2179 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2181 = stablehlo.reshape %2176 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2182 = stablehlo.multiply %2180, %1982 : tensor<8x1024x1xf32>
    %2183 = stablehlo.negate %2172 : tensor<8x1024x1024xf32>
    %cst_562 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2184 = stablehlo.reduce(%2183 init: %cst_562) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2185 = stablehlo.reshape %2184 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2186 = stablehlo.add %2144, %2172 : tensor<8x1024x1024xf32>
    %cst_563 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2187 = stablehlo.reduce(%2182 init: %cst_563) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_564 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2188 = stablehlo.reduce(%2185 init: %cst_564) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2189 = stablehlo.multiply %2187, %1972 : tensor<8x1024xf32>
    %2190 = stablehlo.negate %2189 : tensor<8x1024xf32>
    %2191 = stablehlo.multiply %2190, %1959 : tensor<8x1024xf32>
    %2192 = stablehlo.add %2188, %2191 : tensor<8x1024xf32>
    %cst_565 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2193 = stablehlo.broadcast_in_dim %cst_565, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2194 = stablehlo.divide %2189, %2193 : tensor<8x1024xf32>
    %2195 = stablehlo.broadcast_in_dim %2194, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_566 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2196 = stablehlo.broadcast_in_dim %cst_566, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2197 = stablehlo.divide %2192, %2196 : tensor<8x1024xf32>
    %2198 = stablehlo.broadcast_in_dim %2197, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %2199 = stablehlo.add %2186, %2198 : tensor<8x1024x1024xf32>
    %2200 = stablehlo.multiply %2195, %1950 : tensor<8x1024x1024xf32>
    %2201 = stablehlo.add %2199, %2200 : tensor<8x1024x1024xf32>
    %cst_567 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2202 = stablehlo.reduce(%2201 init: %cst_567) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2203 = stablehlo.reshape %2202 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2204 = stablehlo.reshape %2203 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2205 = stablehlo.dot_general %2201, %1942, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x1024xf32>) -> tensor<1024x1024xf32>
    %2206 = stablehlo.transpose %2205, dims = [1, 0] : (tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    %2207 = stablehlo.dot_general %2201, %arg41, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %2208 = stablehlo.reshape %2207 : (tensor<8x1024x1024xf32>) -> tensor<8x1024x16x64xf32>
    %2209 = stablehlo.transpose %2208, dims = [0, 2, 3, 1] : (tensor<8x1024x16x64xf32>) -> tensor<8x16x64x1024xf32>
    %2210 = stablehlo.dot_general %2209, %1901, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %2211 = stablehlo.dot_general %2209, %1936, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %2212 = stablehlo.transpose %2211, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %2213 = stablehlo.broadcast_in_dim %1939, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %2214 = stablehlo.multiply %2210, %2213 : tensor<8x16x1024x1024xf32>
    %2215 = stablehlo.multiply %2214, %1932 : tensor<8x16x1024x1024xf32>
    %cst_568 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2216 = stablehlo.reduce(%2215 init: %cst_568) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %2217 = stablehlo.reshape %2216 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %2218 = stablehlo.negate %2217 : tensor<8x16x1024x1xf32>
    %2219 = stablehlo.broadcast_in_dim %1934, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %2220 = stablehlo.divide %2210, %2219 : tensor<8x16x1024x1024xf32>
    %cst_569 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2221 = stablehlo.reduce(%2218 init: %cst_569) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %2222 = stablehlo.broadcast_in_dim %2221, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %2223 = stablehlo.add %2220, %2222 : tensor<8x16x1024x1024xf32>
    %2224 = stablehlo.multiply %2223, %1932 : tensor<8x16x1024x1024xf32>
    %2225 = call @_where_7(%1910#1, %1910#2, %2224) : (tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %2226 = stablehlo.broadcast_in_dim %1904, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %2227 = stablehlo.divide %2225, %2226 : tensor<8x16x1024x1024xf32>
    %2228 = stablehlo.dot_general %2227, %1893, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %2229 = stablehlo.transpose %2228, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %2230 = stablehlo.dot_general %2227, %1895, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %2231 = stablehlo.transpose %2230, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %cst_570 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2232 = stablehlo.reduce(%2212 init: %cst_570) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2233 = stablehlo.reshape %2232 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_571 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2234 = stablehlo.reduce(%2233 init: %cst_571) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2235 = stablehlo.reshape %2234 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %2236 = stablehlo.broadcast_in_dim %2212, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_572 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2237 = stablehlo.pad %2236, %cst_572, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2238 = stablehlo.broadcast_in_dim %2229, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_573 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2239 = stablehlo.pad %2238, %cst_573, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2240 = stablehlo.add %2237, %2239 : tensor<8x1024x16x3x64xf32>
    %cst_574 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2241 = stablehlo.reduce(%2231 init: %cst_574) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2242 = stablehlo.reshape %2241 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_575 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2243 = stablehlo.reduce(%2242 init: %cst_575) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2244 = stablehlo.reshape %2243 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %2245 = stablehlo.broadcast_in_dim %2231, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_576 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2246 = stablehlo.pad %2245, %cst_576, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2247 = stablehlo.add %2240, %2246 : tensor<8x1024x16x3x64xf32>
    %2248 = stablehlo.reshape %2247 : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x3072xf32>
    %2249 = stablehlo.dot_general %2248, %1885, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<8x1024x1024xf32>) -> tensor<3072x1024xf32>
    %2250 = stablehlo.transpose %2249, dims = [1, 0] : (tensor<3072x1024xf32>) -> tensor<1024x3072xf32>
    %2251 = stablehlo.dot_general %2248, %arg39, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x1024xf32>
    %cst_577 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2252 = stablehlo.reduce(%2251 init: %cst_577) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2253 = stablehlo.reshape %2252 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2254 = stablehlo.reshape %2253 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2255 = stablehlo.multiply %1871, %2251 : tensor<8x1024x1024xf32>
    %2256 = stablehlo.multiply %2251, %1881 : tensor<8x1024x1024xf32>
    %2257 = stablehlo.broadcast_in_dim %1874, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2258 = stablehlo.multiply %2257, %2255 : tensor<8x1024x1024xf32>
    %cst_578 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2259 = stablehlo.reduce(%2258 init: %cst_578) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2260 = stablehlo.reshape %2259 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2261 = stablehlo.broadcast_in_dim %1878, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2262 = stablehlo.multiply %2255, %2261 : tensor<8x1024x1024xf32>
    %cst_579 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2263 = stablehlo.reduce(%2262 init: %cst_579) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2264 = stablehlo.reshape %2263 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2265 = stablehlo.reshape %2260 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2266 = stablehlo.multiply %2264, %1877 : tensor<8x1024x1xf32>
    %2267 = stablehlo.negate %2256 : tensor<8x1024x1024xf32>
    %cst_580 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2268 = stablehlo.reduce(%2267 init: %cst_580) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2269 = stablehlo.reshape %2268 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2270 = stablehlo.add %2201, %2256 : tensor<8x1024x1024xf32>
    %cst_581 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2271 = stablehlo.reduce(%2266 init: %cst_581) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_582 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2272 = stablehlo.reduce(%2269 init: %cst_582) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2273 = stablehlo.multiply %2271, %1867 : tensor<8x1024xf32>
    %2274 = stablehlo.negate %2273 : tensor<8x1024xf32>
    %2275 = stablehlo.multiply %2274, %1854 : tensor<8x1024xf32>
    %2276 = stablehlo.add %2272, %2275 : tensor<8x1024xf32>
    %cst_583 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2277 = stablehlo.broadcast_in_dim %cst_583, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2278 = stablehlo.divide %2273, %2277 : tensor<8x1024xf32>
    %2279 = stablehlo.broadcast_in_dim %2278, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_584 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2280 = stablehlo.broadcast_in_dim %cst_584, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2281 = stablehlo.divide %2276, %2280 : tensor<8x1024xf32>
    %2282 = stablehlo.broadcast_in_dim %2281, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %2283 = stablehlo.add %2270, %2282 : tensor<8x1024x1024xf32>
    %2284 = stablehlo.multiply %2279, %1845 : tensor<8x1024x1024xf32>
    %2285 = stablehlo.add %2283, %2284 : tensor<8x1024x1024xf32>
    %cst_585 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2286 = stablehlo.reduce(%2285 init: %cst_585) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2287 = stablehlo.reshape %2286 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2288 = stablehlo.reshape %2287 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2289 = stablehlo.dot_general %2285, %1837, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x4096xf32>) -> tensor<1024x4096xf32>
    %2290 = stablehlo.transpose %2289, dims = [1, 0] : (tensor<1024x4096xf32>) -> tensor<4096x1024xf32>
    %2291 = stablehlo.dot_general %2285, %arg34, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x4096xf32>
    %2292 = stablehlo.multiply %1829, %2291 : tensor<8x1024x4096xf32>
    %2293 = stablehlo.multiply %2291, %1833 : tensor<8x1024x4096xf32>
    %cst_586 = stablehlo.constant dense<-1.12837923> : tensor<f32>
    %2294 = stablehlo.broadcast_in_dim %cst_586, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2295 = stablehlo.multiply %2294, %2292 : tensor<8x1024x4096xf32>
    %2296 = stablehlo.multiply %2295, %1836 : tensor<8x1024x4096xf32>
    %cst_587 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %2297 = stablehlo.broadcast_in_dim %cst_587, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2298 = stablehlo.multiply %2296, %2297 : tensor<8x1024x4096xf32>
    %2299 = stablehlo.negate %2298 : tensor<8x1024x4096xf32>
    %cst_588 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %2300 = stablehlo.broadcast_in_dim %cst_588, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2301 = stablehlo.multiply %2300, %2293 : tensor<8x1024x4096xf32>
    %2302 = stablehlo.add %2299, %2301 : tensor<8x1024x4096xf32>
    %cst_589 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2303 = stablehlo.reduce(%2302 init: %cst_589) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x4096xf32>, tensor<f32>) -> tensor<4096xf32>
    %2304 = stablehlo.reshape %2303 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %2305 = stablehlo.reshape %2304 : (tensor<1x1x4096xf32>) -> tensor<4096xf32>
    %2306 = stablehlo.dot_general %2302, %1823, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<8x1024x1024xf32>) -> tensor<4096x1024xf32>
    %2307 = stablehlo.transpose %2306, dims = [1, 0] : (tensor<4096x1024xf32>) -> tensor<1024x4096xf32>
    %2308 = stablehlo.dot_general %2302, %arg32, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x1024xf32>
    %cst_590 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2309 = stablehlo.reduce(%2308 init: %cst_590) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2310 = stablehlo.reshape %2309 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2311 = stablehlo.reshape %2310 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2312 = stablehlo.multiply %1809, %2308 : tensor<8x1024x1024xf32>
    %2313 = stablehlo.multiply %2308, %1819 : tensor<8x1024x1024xf32>
    %2314 = stablehlo.broadcast_in_dim %1812, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2315 = stablehlo.multiply %2314, %2312 : tensor<8x1024x1024xf32>
    %cst_591 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2316 = stablehlo.reduce(%2315 init: %cst_591) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2317 = stablehlo.reshape %2316 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2318 = stablehlo.broadcast_in_dim %1816, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2319 = stablehlo.multiply %2312, %2318 : tensor<8x1024x1024xf32>
    %cst_592 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2320 = stablehlo.reduce(%2319 init: %cst_592) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2321 = stablehlo.reshape %2320 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2322 = stablehlo.reshape %2317 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2323 = stablehlo.multiply %2321, %1815 : tensor<8x1024x1xf32>
    %2324 = stablehlo.negate %2313 : tensor<8x1024x1024xf32>
    %cst_593 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2325 = stablehlo.reduce(%2324 init: %cst_593) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2326 = stablehlo.reshape %2325 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2327 = stablehlo.add %2285, %2313 : tensor<8x1024x1024xf32>
    %cst_594 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2328 = stablehlo.reduce(%2323 init: %cst_594) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_595 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2329 = stablehlo.reduce(%2326 init: %cst_595) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2330 = stablehlo.multiply %2328, %1805 : tensor<8x1024xf32>
    %2331 = stablehlo.negate %2330 : tensor<8x1024xf32>
    %2332 = stablehlo.multiply %2331, %1792 : tensor<8x1024xf32>
    %2333 = stablehlo.add %2329, %2332 : tensor<8x1024xf32>
    %cst_596 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2334 = stablehlo.broadcast_in_dim %cst_596, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2335 = stablehlo.divide %2330, %2334 : tensor<8x1024xf32>
    %2336 = stablehlo.broadcast_in_dim %2335, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_597 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2337 = stablehlo.broadcast_in_dim %cst_597, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2338 = stablehlo.divide %2333, %2337 : tensor<8x1024xf32>
    %2339 = stablehlo.broadcast_in_dim %2338, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %2340 = stablehlo.add %2327, %2339 : tensor<8x1024x1024xf32>
    %2341 = stablehlo.multiply %2336, %1783 : tensor<8x1024x1024xf32>
    %2342 = stablehlo.add %2340, %2341 : tensor<8x1024x1024xf32>
    %cst_598 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2343 = stablehlo.reduce(%2342 init: %cst_598) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2344 = stablehlo.reshape %2343 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2345 = stablehlo.reshape %2344 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2346 = stablehlo.dot_general %2342, %1775, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x1024xf32>) -> tensor<1024x1024xf32>
    %2347 = stablehlo.transpose %2346, dims = [1, 0] : (tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    %2348 = stablehlo.dot_general %2342, %arg28, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %2349 = stablehlo.reshape %2348 : (tensor<8x1024x1024xf32>) -> tensor<8x1024x16x64xf32>
    %2350 = stablehlo.transpose %2349, dims = [0, 2, 3, 1] : (tensor<8x1024x16x64xf32>) -> tensor<8x16x64x1024xf32>
    %2351 = stablehlo.dot_general %2350, %1734, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %2352 = stablehlo.dot_general %2350, %1769, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %2353 = stablehlo.transpose %2352, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %2354 = stablehlo.broadcast_in_dim %1772, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %2355 = stablehlo.multiply %2351, %2354 : tensor<8x16x1024x1024xf32>
    %2356 = stablehlo.multiply %2355, %1765 : tensor<8x16x1024x1024xf32>
    %cst_599 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2357 = stablehlo.reduce(%2356 init: %cst_599) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %2358 = stablehlo.reshape %2357 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %2359 = stablehlo.negate %2358 : tensor<8x16x1024x1xf32>
    %2360 = stablehlo.broadcast_in_dim %1767, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %2361 = stablehlo.divide %2351, %2360 : tensor<8x16x1024x1024xf32>
    %cst_600 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2362 = stablehlo.reduce(%2359 init: %cst_600) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %2363 = stablehlo.broadcast_in_dim %2362, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %2364 = stablehlo.add %2361, %2363 : tensor<8x16x1024x1024xf32>
    %2365 = stablehlo.multiply %2364, %1765 : tensor<8x16x1024x1024xf32>
    %2366 = call @_where_7(%1743#1, %1743#2, %2365) : (tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %2367 = stablehlo.broadcast_in_dim %1737, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %2368 = stablehlo.divide %2366, %2367 : tensor<8x16x1024x1024xf32>
    %2369 = stablehlo.dot_general %2368, %1726, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %2370 = stablehlo.transpose %2369, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %2371 = stablehlo.dot_general %2368, %1728, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %2372 = stablehlo.transpose %2371, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %cst_601 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2373 = stablehlo.reduce(%2353 init: %cst_601) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2374 = stablehlo.reshape %2373 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_602 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2375 = stablehlo.reduce(%2374 init: %cst_602) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2376 = stablehlo.reshape %2375 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %2377 = stablehlo.broadcast_in_dim %2353, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_603 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2378 = stablehlo.pad %2377, %cst_603, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2379 = stablehlo.broadcast_in_dim %2370, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_604 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2380 = stablehlo.pad %2379, %cst_604, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2381 = stablehlo.add %2378, %2380 : tensor<8x1024x16x3x64xf32>
    %cst_605 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2382 = stablehlo.reduce(%2372 init: %cst_605) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2383 = stablehlo.reshape %2382 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_606 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2384 = stablehlo.reduce(%2383 init: %cst_606) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2385 = stablehlo.reshape %2384 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %2386 = stablehlo.broadcast_in_dim %2372, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_607 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2387 = stablehlo.pad %2386, %cst_607, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2388 = stablehlo.add %2381, %2387 : tensor<8x1024x16x3x64xf32>
    %2389 = stablehlo.reshape %2388 : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x3072xf32>
    %2390 = stablehlo.dot_general %2389, %1718, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<8x1024x1024xf32>) -> tensor<3072x1024xf32>
    %2391 = stablehlo.transpose %2390, dims = [1, 0] : (tensor<3072x1024xf32>) -> tensor<1024x3072xf32>
    %2392 = stablehlo.dot_general %2389, %arg26, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x1024xf32>
    %cst_608 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2393 = stablehlo.reduce(%2392 init: %cst_608) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2394 = stablehlo.reshape %2393 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2395 = stablehlo.reshape %2394 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2396 = stablehlo.multiply %1704, %2392 : tensor<8x1024x1024xf32>
    %2397 = stablehlo.multiply %2392, %1714 : tensor<8x1024x1024xf32>
    %2398 = stablehlo.broadcast_in_dim %1707, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2399 = stablehlo.multiply %2398, %2396 : tensor<8x1024x1024xf32>
    %cst_609 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2400 = stablehlo.reduce(%2399 init: %cst_609) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2401 = stablehlo.reshape %2400 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2402 = stablehlo.broadcast_in_dim %1711, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2403 = stablehlo.multiply %2396, %2402 : tensor<8x1024x1024xf32>
    %cst_610 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2404 = stablehlo.reduce(%2403 init: %cst_610) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2405 = stablehlo.reshape %2404 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2406 = stablehlo.reshape %2401 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2407 = stablehlo.multiply %2405, %1710 : tensor<8x1024x1xf32>
    %2408 = stablehlo.negate %2397 : tensor<8x1024x1024xf32>
    %cst_611 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2409 = stablehlo.reduce(%2408 init: %cst_611) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2410 = stablehlo.reshape %2409 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2411 = stablehlo.add %2342, %2397 : tensor<8x1024x1024xf32>
    %cst_612 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2412 = stablehlo.reduce(%2407 init: %cst_612) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_613 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2413 = stablehlo.reduce(%2410 init: %cst_613) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2414 = stablehlo.multiply %2412, %1700 : tensor<8x1024xf32>
    %2415 = stablehlo.negate %2414 : tensor<8x1024xf32>
    %2416 = stablehlo.multiply %2415, %1687 : tensor<8x1024xf32>
    %2417 = stablehlo.add %2413, %2416 : tensor<8x1024xf32>
    %cst_614 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2418 = stablehlo.broadcast_in_dim %cst_614, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2419 = stablehlo.divide %2414, %2418 : tensor<8x1024xf32>
    %2420 = stablehlo.broadcast_in_dim %2419, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_615 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2421 = stablehlo.broadcast_in_dim %cst_615, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2422 = stablehlo.divide %2417, %2421 : tensor<8x1024xf32>
    %2423 = stablehlo.broadcast_in_dim %2422, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %2424 = stablehlo.add %2411, %2423 : tensor<8x1024x1024xf32>
    %2425 = stablehlo.multiply %2420, %1678 : tensor<8x1024x1024xf32>
    %2426 = stablehlo.add %2424, %2425 : tensor<8x1024x1024xf32>
    %cst_616 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2427 = stablehlo.reduce(%2426 init: %cst_616) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2428 = stablehlo.reshape %2427 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2429 = stablehlo.reshape %2428 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2430 = stablehlo.dot_general %2426, %1670, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x4096xf32>) -> tensor<1024x4096xf32>
    %2431 = stablehlo.transpose %2430, dims = [1, 0] : (tensor<1024x4096xf32>) -> tensor<4096x1024xf32>
    %2432 = stablehlo.dot_general %2426, %arg151, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x4096xf32>
    %2433 = stablehlo.multiply %1662, %2432 : tensor<8x1024x4096xf32>
    %2434 = stablehlo.multiply %2432, %1666 : tensor<8x1024x4096xf32>
    %cst_617 = stablehlo.constant dense<-1.12837923> : tensor<f32>
    %2435 = stablehlo.broadcast_in_dim %cst_617, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2436 = stablehlo.multiply %2435, %2433 : tensor<8x1024x4096xf32>
    %2437 = stablehlo.multiply %2436, %1669 : tensor<8x1024x4096xf32>
    %cst_618 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %2438 = stablehlo.broadcast_in_dim %cst_618, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2439 = stablehlo.multiply %2437, %2438 : tensor<8x1024x4096xf32>
    %2440 = stablehlo.negate %2439 : tensor<8x1024x4096xf32>
    %cst_619 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %2441 = stablehlo.broadcast_in_dim %cst_619, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2442 = stablehlo.multiply %2441, %2434 : tensor<8x1024x4096xf32>
    %2443 = stablehlo.add %2440, %2442 : tensor<8x1024x4096xf32>
    %cst_620 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2444 = stablehlo.reduce(%2443 init: %cst_620) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x4096xf32>, tensor<f32>) -> tensor<4096xf32>
    %2445 = stablehlo.reshape %2444 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %2446 = stablehlo.reshape %2445 : (tensor<1x1x4096xf32>) -> tensor<4096xf32>
    %2447 = stablehlo.dot_general %2443, %1656, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<8x1024x1024xf32>) -> tensor<4096x1024xf32>
    %2448 = stablehlo.transpose %2447, dims = [1, 0] : (tensor<4096x1024xf32>) -> tensor<1024x4096xf32>
    %2449 = stablehlo.dot_general %2443, %arg149, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x1024xf32>
    %cst_621 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2450 = stablehlo.reduce(%2449 init: %cst_621) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2451 = stablehlo.reshape %2450 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2452 = stablehlo.reshape %2451 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2453 = stablehlo.multiply %1642, %2449 : tensor<8x1024x1024xf32>
    %2454 = stablehlo.multiply %2449, %1652 : tensor<8x1024x1024xf32>
    %2455 = stablehlo.broadcast_in_dim %1645, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2456 = stablehlo.multiply %2455, %2453 : tensor<8x1024x1024xf32>
    %cst_622 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2457 = stablehlo.reduce(%2456 init: %cst_622) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2458 = stablehlo.reshape %2457 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2459 = stablehlo.broadcast_in_dim %1649, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2460 = stablehlo.multiply %2453, %2459 : tensor<8x1024x1024xf32>
    %cst_623 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2461 = stablehlo.reduce(%2460 init: %cst_623) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2462 = stablehlo.reshape %2461 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2463 = stablehlo.reshape %2458 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2464 = stablehlo.multiply %2462, %1648 : tensor<8x1024x1xf32>
    %2465 = stablehlo.negate %2454 : tensor<8x1024x1024xf32>
    %cst_624 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2466 = stablehlo.reduce(%2465 init: %cst_624) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2467 = stablehlo.reshape %2466 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2468 = stablehlo.add %2426, %2454 : tensor<8x1024x1024xf32>
    %cst_625 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2469 = stablehlo.reduce(%2464 init: %cst_625) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_626 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2470 = stablehlo.reduce(%2467 init: %cst_626) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2471 = stablehlo.multiply %2469, %1638 : tensor<8x1024xf32>
    %2472 = stablehlo.negate %2471 : tensor<8x1024xf32>
    %2473 = stablehlo.multiply %2472, %1625 : tensor<8x1024xf32>
    %2474 = stablehlo.add %2470, %2473 : tensor<8x1024xf32>
    %cst_627 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2475 = stablehlo.broadcast_in_dim %cst_627, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2476 = stablehlo.divide %2471, %2475 : tensor<8x1024xf32>
    %2477 = stablehlo.broadcast_in_dim %2476, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_628 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2478 = stablehlo.broadcast_in_dim %cst_628, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2479 = stablehlo.divide %2474, %2478 : tensor<8x1024xf32>
    %2480 = stablehlo.broadcast_in_dim %2479, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %2481 = stablehlo.add %2468, %2480 : tensor<8x1024x1024xf32>
    %2482 = stablehlo.multiply %2477, %1616 : tensor<8x1024x1024xf32>
    %2483 = stablehlo.add %2481, %2482 : tensor<8x1024x1024xf32>
    %cst_629 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2484 = stablehlo.reduce(%2483 init: %cst_629) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2485 = stablehlo.reshape %2484 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2486 = stablehlo.reshape %2485 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2487 = stablehlo.dot_general %2483, %1608, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x1024xf32>) -> tensor<1024x1024xf32>
    %2488 = stablehlo.transpose %2487, dims = [1, 0] : (tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    %2489 = stablehlo.dot_general %2483, %arg145, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %2490 = stablehlo.reshape %2489 : (tensor<8x1024x1024xf32>) -> tensor<8x1024x16x64xf32>
    %2491 = stablehlo.transpose %2490, dims = [0, 2, 3, 1] : (tensor<8x1024x16x64xf32>) -> tensor<8x16x64x1024xf32>
    %2492 = stablehlo.dot_general %2491, %1567, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %2493 = stablehlo.dot_general %2491, %1602, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %2494 = stablehlo.transpose %2493, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %2495 = stablehlo.broadcast_in_dim %1605, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %2496 = stablehlo.multiply %2492, %2495 : tensor<8x16x1024x1024xf32>
    %2497 = stablehlo.multiply %2496, %1598 : tensor<8x16x1024x1024xf32>
    %cst_630 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2498 = stablehlo.reduce(%2497 init: %cst_630) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %2499 = stablehlo.reshape %2498 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %2500 = stablehlo.negate %2499 : tensor<8x16x1024x1xf32>
    %2501 = stablehlo.broadcast_in_dim %1600, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %2502 = stablehlo.divide %2492, %2501 : tensor<8x16x1024x1024xf32>
    %cst_631 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2503 = stablehlo.reduce(%2500 init: %cst_631) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %2504 = stablehlo.broadcast_in_dim %2503, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %2505 = stablehlo.add %2502, %2504 : tensor<8x16x1024x1024xf32>
    %2506 = stablehlo.multiply %2505, %1598 : tensor<8x16x1024x1024xf32>
    %2507 = call @_where_7(%1576#1, %1576#2, %2506) : (tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %2508 = stablehlo.broadcast_in_dim %1570, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %2509 = stablehlo.divide %2507, %2508 : tensor<8x16x1024x1024xf32>
    %2510 = stablehlo.dot_general %2509, %1559, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %2511 = stablehlo.transpose %2510, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %2512 = stablehlo.dot_general %2509, %1561, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %2513 = stablehlo.transpose %2512, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %cst_632 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2514 = stablehlo.reduce(%2494 init: %cst_632) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2515 = stablehlo.reshape %2514 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_633 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2516 = stablehlo.reduce(%2515 init: %cst_633) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2517 = stablehlo.reshape %2516 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %2518 = stablehlo.broadcast_in_dim %2494, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_634 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2519 = stablehlo.pad %2518, %cst_634, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2520 = stablehlo.broadcast_in_dim %2511, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_635 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2521 = stablehlo.pad %2520, %cst_635, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2522 = stablehlo.add %2519, %2521 : tensor<8x1024x16x3x64xf32>
    %cst_636 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2523 = stablehlo.reduce(%2513 init: %cst_636) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2524 = stablehlo.reshape %2523 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_637 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2525 = stablehlo.reduce(%2524 init: %cst_637) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2526 = stablehlo.reshape %2525 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %2527 = stablehlo.broadcast_in_dim %2513, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_638 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2528 = stablehlo.pad %2527, %cst_638, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2529 = stablehlo.add %2522, %2528 : tensor<8x1024x16x3x64xf32>
    %2530 = stablehlo.reshape %2529 : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x3072xf32>
    %2531 = stablehlo.dot_general %2530, %1551, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<8x1024x1024xf32>) -> tensor<3072x1024xf32>
    %2532 = stablehlo.transpose %2531, dims = [1, 0] : (tensor<3072x1024xf32>) -> tensor<1024x3072xf32>
    %2533 = stablehlo.dot_general %2530, %arg143, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x1024xf32>
    %cst_639 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2534 = stablehlo.reduce(%2533 init: %cst_639) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2535 = stablehlo.reshape %2534 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2536 = stablehlo.reshape %2535 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2537 = stablehlo.multiply %1537, %2533 : tensor<8x1024x1024xf32>
    %2538 = stablehlo.multiply %2533, %1547 : tensor<8x1024x1024xf32>
    %2539 = stablehlo.broadcast_in_dim %1540, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2540 = stablehlo.multiply %2539, %2537 : tensor<8x1024x1024xf32>
    %cst_640 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2541 = stablehlo.reduce(%2540 init: %cst_640) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2542 = stablehlo.reshape %2541 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2543 = stablehlo.broadcast_in_dim %1544, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2544 = stablehlo.multiply %2537, %2543 : tensor<8x1024x1024xf32>
    %cst_641 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2545 = stablehlo.reduce(%2544 init: %cst_641) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2546 = stablehlo.reshape %2545 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2547 = stablehlo.reshape %2542 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2548 = stablehlo.multiply %2546, %1543 : tensor<8x1024x1xf32>
    %2549 = stablehlo.negate %2538 : tensor<8x1024x1024xf32>
    %cst_642 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2550 = stablehlo.reduce(%2549 init: %cst_642) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2551 = stablehlo.reshape %2550 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2552 = stablehlo.add %2483, %2538 : tensor<8x1024x1024xf32>
    %cst_643 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2553 = stablehlo.reduce(%2548 init: %cst_643) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_644 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2554 = stablehlo.reduce(%2551 init: %cst_644) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2555 = stablehlo.multiply %2553, %1533 : tensor<8x1024xf32>
    %2556 = stablehlo.negate %2555 : tensor<8x1024xf32>
    %2557 = stablehlo.multiply %2556, %1520 : tensor<8x1024xf32>
    %2558 = stablehlo.add %2554, %2557 : tensor<8x1024xf32>
    %cst_645 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2559 = stablehlo.broadcast_in_dim %cst_645, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2560 = stablehlo.divide %2555, %2559 : tensor<8x1024xf32>
    %2561 = stablehlo.broadcast_in_dim %2560, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_646 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2562 = stablehlo.broadcast_in_dim %cst_646, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2563 = stablehlo.divide %2558, %2562 : tensor<8x1024xf32>
    %2564 = stablehlo.broadcast_in_dim %2563, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %2565 = stablehlo.add %2552, %2564 : tensor<8x1024x1024xf32>
    %2566 = stablehlo.multiply %2561, %1511 : tensor<8x1024x1024xf32>
    %2567 = stablehlo.add %2565, %2566 : tensor<8x1024x1024xf32>
    %cst_647 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2568 = stablehlo.reduce(%2567 init: %cst_647) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2569 = stablehlo.reshape %2568 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2570 = stablehlo.reshape %2569 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2571 = stablehlo.dot_general %2567, %1503, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x4096xf32>) -> tensor<1024x4096xf32>
    %2572 = stablehlo.transpose %2571, dims = [1, 0] : (tensor<1024x4096xf32>) -> tensor<4096x1024xf32>
    %2573 = stablehlo.dot_general %2567, %arg138, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x4096xf32>
    %2574 = stablehlo.multiply %1495, %2573 : tensor<8x1024x4096xf32>
    %2575 = stablehlo.multiply %2573, %1499 : tensor<8x1024x4096xf32>
    %cst_648 = stablehlo.constant dense<-1.12837923> : tensor<f32>
    %2576 = stablehlo.broadcast_in_dim %cst_648, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2577 = stablehlo.multiply %2576, %2574 : tensor<8x1024x4096xf32>
    %2578 = stablehlo.multiply %2577, %1502 : tensor<8x1024x4096xf32>
    %cst_649 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %2579 = stablehlo.broadcast_in_dim %cst_649, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2580 = stablehlo.multiply %2578, %2579 : tensor<8x1024x4096xf32>
    %2581 = stablehlo.negate %2580 : tensor<8x1024x4096xf32>
    %cst_650 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %2582 = stablehlo.broadcast_in_dim %cst_650, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2583 = stablehlo.multiply %2582, %2575 : tensor<8x1024x4096xf32>
    %2584 = stablehlo.add %2581, %2583 : tensor<8x1024x4096xf32>
    %cst_651 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2585 = stablehlo.reduce(%2584 init: %cst_651) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x4096xf32>, tensor<f32>) -> tensor<4096xf32>
    %2586 = stablehlo.reshape %2585 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %2587 = stablehlo.reshape %2586 : (tensor<1x1x4096xf32>) -> tensor<4096xf32>
    %2588 = stablehlo.dot_general %2584, %1489, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<8x1024x1024xf32>) -> tensor<4096x1024xf32>
    %2589 = stablehlo.transpose %2588, dims = [1, 0] : (tensor<4096x1024xf32>) -> tensor<1024x4096xf32>
    %2590 = stablehlo.dot_general %2584, %arg136, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x1024xf32>
    %cst_652 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2591 = stablehlo.reduce(%2590 init: %cst_652) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2592 = stablehlo.reshape %2591 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2593 = stablehlo.reshape %2592 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2594 = stablehlo.multiply %1475, %2590 : tensor<8x1024x1024xf32>
    %2595 = stablehlo.multiply %2590, %1485 : tensor<8x1024x1024xf32>
    %2596 = stablehlo.broadcast_in_dim %1478, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2597 = stablehlo.multiply %2596, %2594 : tensor<8x1024x1024xf32>
    %cst_653 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2598 = stablehlo.reduce(%2597 init: %cst_653) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2599 = stablehlo.reshape %2598 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2600 = stablehlo.broadcast_in_dim %1482, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2601 = stablehlo.multiply %2594, %2600 : tensor<8x1024x1024xf32>
    %cst_654 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2602 = stablehlo.reduce(%2601 init: %cst_654) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2603 = stablehlo.reshape %2602 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2604 = stablehlo.reshape %2599 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2605 = stablehlo.multiply %2603, %1481 : tensor<8x1024x1xf32>
    %2606 = stablehlo.negate %2595 : tensor<8x1024x1024xf32>
    %cst_655 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2607 = stablehlo.reduce(%2606 init: %cst_655) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2608 = stablehlo.reshape %2607 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2609 = stablehlo.add %2567, %2595 : tensor<8x1024x1024xf32>
    %cst_656 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2610 = stablehlo.reduce(%2605 init: %cst_656) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_657 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2611 = stablehlo.reduce(%2608 init: %cst_657) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2612 = stablehlo.multiply %2610, %1471 : tensor<8x1024xf32>
    %2613 = stablehlo.negate %2612 : tensor<8x1024xf32>
    %2614 = stablehlo.multiply %2613, %1458 : tensor<8x1024xf32>
    %2615 = stablehlo.add %2611, %2614 : tensor<8x1024xf32>
    %cst_658 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2616 = stablehlo.broadcast_in_dim %cst_658, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2617 = stablehlo.divide %2612, %2616 : tensor<8x1024xf32>
    %2618 = stablehlo.broadcast_in_dim %2617, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_659 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2619 = stablehlo.broadcast_in_dim %cst_659, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2620 = stablehlo.divide %2615, %2619 : tensor<8x1024xf32>
    %2621 = stablehlo.broadcast_in_dim %2620, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %2622 = stablehlo.add %2609, %2621 : tensor<8x1024x1024xf32>
    %2623 = stablehlo.multiply %2618, %1449 : tensor<8x1024x1024xf32>
    %2624 = stablehlo.add %2622, %2623 : tensor<8x1024x1024xf32>
    %cst_660 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2625 = stablehlo.reduce(%2624 init: %cst_660) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2626 = stablehlo.reshape %2625 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2627 = stablehlo.reshape %2626 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2628 = stablehlo.dot_general %2624, %1441, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x1024xf32>) -> tensor<1024x1024xf32>
    %2629 = stablehlo.transpose %2628, dims = [1, 0] : (tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    %2630 = stablehlo.dot_general %2624, %arg132, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %2631 = stablehlo.reshape %2630 : (tensor<8x1024x1024xf32>) -> tensor<8x1024x16x64xf32>
    %2632 = stablehlo.transpose %2631, dims = [0, 2, 3, 1] : (tensor<8x1024x16x64xf32>) -> tensor<8x16x64x1024xf32>
    %2633 = stablehlo.dot_general %2632, %1400, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %2634 = stablehlo.dot_general %2632, %1435, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %2635 = stablehlo.transpose %2634, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %2636 = stablehlo.broadcast_in_dim %1438, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %2637 = stablehlo.multiply %2633, %2636 : tensor<8x16x1024x1024xf32>
    %2638 = stablehlo.multiply %2637, %1431 : tensor<8x16x1024x1024xf32>
    %cst_661 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2639 = stablehlo.reduce(%2638 init: %cst_661) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %2640 = stablehlo.reshape %2639 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %2641 = stablehlo.negate %2640 : tensor<8x16x1024x1xf32>
    %2642 = stablehlo.broadcast_in_dim %1433, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %2643 = stablehlo.divide %2633, %2642 : tensor<8x16x1024x1024xf32>
    %cst_662 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2644 = stablehlo.reduce(%2641 init: %cst_662) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %2645 = stablehlo.broadcast_in_dim %2644, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %2646 = stablehlo.add %2643, %2645 : tensor<8x16x1024x1024xf32>
    %2647 = stablehlo.multiply %2646, %1431 : tensor<8x16x1024x1024xf32>
    %2648 = call @_where_7(%1409#1, %1409#2, %2647) : (tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %2649 = stablehlo.broadcast_in_dim %1403, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %2650 = stablehlo.divide %2648, %2649 : tensor<8x16x1024x1024xf32>
    %2651 = stablehlo.dot_general %2650, %1392, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %2652 = stablehlo.transpose %2651, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %2653 = stablehlo.dot_general %2650, %1394, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %2654 = stablehlo.transpose %2653, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %cst_663 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2655 = stablehlo.reduce(%2635 init: %cst_663) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2656 = stablehlo.reshape %2655 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_664 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2657 = stablehlo.reduce(%2656 init: %cst_664) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2658 = stablehlo.reshape %2657 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %2659 = stablehlo.broadcast_in_dim %2635, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_665 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2660 = stablehlo.pad %2659, %cst_665, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2661 = stablehlo.broadcast_in_dim %2652, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_666 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2662 = stablehlo.pad %2661, %cst_666, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2663 = stablehlo.add %2660, %2662 : tensor<8x1024x16x3x64xf32>
    %cst_667 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2664 = stablehlo.reduce(%2654 init: %cst_667) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2665 = stablehlo.reshape %2664 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_668 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2666 = stablehlo.reduce(%2665 init: %cst_668) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2667 = stablehlo.reshape %2666 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %2668 = stablehlo.broadcast_in_dim %2654, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_669 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2669 = stablehlo.pad %2668, %cst_669, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2670 = stablehlo.add %2663, %2669 : tensor<8x1024x16x3x64xf32>
    %2671 = stablehlo.reshape %2670 : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x3072xf32>
    %2672 = stablehlo.dot_general %2671, %1384, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<8x1024x1024xf32>) -> tensor<3072x1024xf32>
    %2673 = stablehlo.transpose %2672, dims = [1, 0] : (tensor<3072x1024xf32>) -> tensor<1024x3072xf32>
    %2674 = stablehlo.dot_general %2671, %arg130, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x1024xf32>
    %cst_670 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2675 = stablehlo.reduce(%2674 init: %cst_670) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2676 = stablehlo.reshape %2675 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2677 = stablehlo.reshape %2676 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2678 = stablehlo.multiply %1370, %2674 : tensor<8x1024x1024xf32>
    %2679 = stablehlo.multiply %2674, %1380 : tensor<8x1024x1024xf32>
    %2680 = stablehlo.broadcast_in_dim %1373, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2681 = stablehlo.multiply %2680, %2678 : tensor<8x1024x1024xf32>
    %cst_671 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2682 = stablehlo.reduce(%2681 init: %cst_671) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2683 = stablehlo.reshape %2682 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2684 = stablehlo.broadcast_in_dim %1377, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2685 = stablehlo.multiply %2678, %2684 : tensor<8x1024x1024xf32>
    %cst_672 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2686 = stablehlo.reduce(%2685 init: %cst_672) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2687 = stablehlo.reshape %2686 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2688 = stablehlo.reshape %2683 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2689 = stablehlo.multiply %2687, %1376 : tensor<8x1024x1xf32>
    %2690 = stablehlo.negate %2679 : tensor<8x1024x1024xf32>
    %cst_673 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2691 = stablehlo.reduce(%2690 init: %cst_673) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2692 = stablehlo.reshape %2691 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2693 = stablehlo.add %2624, %2679 : tensor<8x1024x1024xf32>
    %cst_674 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2694 = stablehlo.reduce(%2689 init: %cst_674) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_675 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2695 = stablehlo.reduce(%2692 init: %cst_675) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2696 = stablehlo.multiply %2694, %1366 : tensor<8x1024xf32>
    %2697 = stablehlo.negate %2696 : tensor<8x1024xf32>
    %2698 = stablehlo.multiply %2697, %1353 : tensor<8x1024xf32>
    %2699 = stablehlo.add %2695, %2698 : tensor<8x1024xf32>
    %cst_676 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2700 = stablehlo.broadcast_in_dim %cst_676, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2701 = stablehlo.divide %2696, %2700 : tensor<8x1024xf32>
    %2702 = stablehlo.broadcast_in_dim %2701, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_677 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2703 = stablehlo.broadcast_in_dim %cst_677, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2704 = stablehlo.divide %2699, %2703 : tensor<8x1024xf32>
    %2705 = stablehlo.broadcast_in_dim %2704, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %2706 = stablehlo.add %2693, %2705 : tensor<8x1024x1024xf32>
    %2707 = stablehlo.multiply %2702, %1344 : tensor<8x1024x1024xf32>
    %2708 = stablehlo.add %2706, %2707 : tensor<8x1024x1024xf32>
    %cst_678 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2709 = stablehlo.reduce(%2708 init: %cst_678) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2710 = stablehlo.reshape %2709 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2711 = stablehlo.reshape %2710 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2712 = stablehlo.dot_general %2708, %1336, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x4096xf32>) -> tensor<1024x4096xf32>
    %2713 = stablehlo.transpose %2712, dims = [1, 0] : (tensor<1024x4096xf32>) -> tensor<4096x1024xf32>
    %2714 = stablehlo.dot_general %2708, %arg125, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x4096xf32>
    %2715 = stablehlo.multiply %1328, %2714 : tensor<8x1024x4096xf32>
    %2716 = stablehlo.multiply %2714, %1332 : tensor<8x1024x4096xf32>
    %cst_679 = stablehlo.constant dense<-1.12837923> : tensor<f32>
    %2717 = stablehlo.broadcast_in_dim %cst_679, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2718 = stablehlo.multiply %2717, %2715 : tensor<8x1024x4096xf32>
    %2719 = stablehlo.multiply %2718, %1335 : tensor<8x1024x4096xf32>
    %cst_680 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %2720 = stablehlo.broadcast_in_dim %cst_680, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2721 = stablehlo.multiply %2719, %2720 : tensor<8x1024x4096xf32>
    %2722 = stablehlo.negate %2721 : tensor<8x1024x4096xf32>
    %cst_681 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %2723 = stablehlo.broadcast_in_dim %cst_681, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2724 = stablehlo.multiply %2723, %2716 : tensor<8x1024x4096xf32>
    %2725 = stablehlo.add %2722, %2724 : tensor<8x1024x4096xf32>
    %cst_682 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2726 = stablehlo.reduce(%2725 init: %cst_682) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x4096xf32>, tensor<f32>) -> tensor<4096xf32>
    %2727 = stablehlo.reshape %2726 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %2728 = stablehlo.reshape %2727 : (tensor<1x1x4096xf32>) -> tensor<4096xf32>
    %2729 = stablehlo.dot_general %2725, %1322, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<8x1024x1024xf32>) -> tensor<4096x1024xf32>
    %2730 = stablehlo.transpose %2729, dims = [1, 0] : (tensor<4096x1024xf32>) -> tensor<1024x4096xf32>
    %2731 = stablehlo.dot_general %2725, %arg123, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x1024xf32>
    %cst_683 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2732 = stablehlo.reduce(%2731 init: %cst_683) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2733 = stablehlo.reshape %2732 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2734 = stablehlo.reshape %2733 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2735 = stablehlo.multiply %1308, %2731 : tensor<8x1024x1024xf32>
    %2736 = stablehlo.multiply %2731, %1318 : tensor<8x1024x1024xf32>
    %2737 = stablehlo.broadcast_in_dim %1311, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2738 = stablehlo.multiply %2737, %2735 : tensor<8x1024x1024xf32>
    %cst_684 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2739 = stablehlo.reduce(%2738 init: %cst_684) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2740 = stablehlo.reshape %2739 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2741 = stablehlo.broadcast_in_dim %1315, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2742 = stablehlo.multiply %2735, %2741 : tensor<8x1024x1024xf32>
    %cst_685 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2743 = stablehlo.reduce(%2742 init: %cst_685) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2744 = stablehlo.reshape %2743 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2745 = stablehlo.reshape %2740 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2746 = stablehlo.multiply %2744, %1314 : tensor<8x1024x1xf32>
    %2747 = stablehlo.negate %2736 : tensor<8x1024x1024xf32>
    %cst_686 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2748 = stablehlo.reduce(%2747 init: %cst_686) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2749 = stablehlo.reshape %2748 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2750 = stablehlo.add %2708, %2736 : tensor<8x1024x1024xf32>
    %cst_687 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2751 = stablehlo.reduce(%2746 init: %cst_687) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_688 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2752 = stablehlo.reduce(%2749 init: %cst_688) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2753 = stablehlo.multiply %2751, %1304 : tensor<8x1024xf32>
    %2754 = stablehlo.negate %2753 : tensor<8x1024xf32>
    %2755 = stablehlo.multiply %2754, %1291 : tensor<8x1024xf32>
    %2756 = stablehlo.add %2752, %2755 : tensor<8x1024xf32>
    %cst_689 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2757 = stablehlo.broadcast_in_dim %cst_689, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2758 = stablehlo.divide %2753, %2757 : tensor<8x1024xf32>
    %2759 = stablehlo.broadcast_in_dim %2758, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_690 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2760 = stablehlo.broadcast_in_dim %cst_690, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2761 = stablehlo.divide %2756, %2760 : tensor<8x1024xf32>
    %2762 = stablehlo.broadcast_in_dim %2761, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %2763 = stablehlo.add %2750, %2762 : tensor<8x1024x1024xf32>
    %2764 = stablehlo.multiply %2759, %1282 : tensor<8x1024x1024xf32>
    %2765 = stablehlo.add %2763, %2764 : tensor<8x1024x1024xf32>
    %cst_691 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2766 = stablehlo.reduce(%2765 init: %cst_691) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2767 = stablehlo.reshape %2766 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2768 = stablehlo.reshape %2767 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2769 = stablehlo.dot_general %2765, %1274, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x1024xf32>) -> tensor<1024x1024xf32>
    %2770 = stablehlo.transpose %2769, dims = [1, 0] : (tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    %2771 = stablehlo.dot_general %2765, %arg119, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %2772 = stablehlo.reshape %2771 : (tensor<8x1024x1024xf32>) -> tensor<8x1024x16x64xf32>
    %2773 = stablehlo.transpose %2772, dims = [0, 2, 3, 1] : (tensor<8x1024x16x64xf32>) -> tensor<8x16x64x1024xf32>
    %2774 = stablehlo.dot_general %2773, %1233, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %2775 = stablehlo.dot_general %2773, %1268, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %2776 = stablehlo.transpose %2775, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %2777 = stablehlo.broadcast_in_dim %1271, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %2778 = stablehlo.multiply %2774, %2777 : tensor<8x16x1024x1024xf32>
    %2779 = stablehlo.multiply %2778, %1264 : tensor<8x16x1024x1024xf32>
    %cst_692 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2780 = stablehlo.reduce(%2779 init: %cst_692) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %2781 = stablehlo.reshape %2780 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %2782 = stablehlo.negate %2781 : tensor<8x16x1024x1xf32>
    %2783 = stablehlo.broadcast_in_dim %1266, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %2784 = stablehlo.divide %2774, %2783 : tensor<8x16x1024x1024xf32>
    %cst_693 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2785 = stablehlo.reduce(%2782 init: %cst_693) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %2786 = stablehlo.broadcast_in_dim %2785, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %2787 = stablehlo.add %2784, %2786 : tensor<8x16x1024x1024xf32>
    %2788 = stablehlo.multiply %2787, %1264 : tensor<8x16x1024x1024xf32>
    %2789 = call @_where_7(%1242#1, %1242#2, %2788) : (tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %2790 = stablehlo.broadcast_in_dim %1236, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %2791 = stablehlo.divide %2789, %2790 : tensor<8x16x1024x1024xf32>
    %2792 = stablehlo.dot_general %2791, %1225, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %2793 = stablehlo.transpose %2792, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %2794 = stablehlo.dot_general %2791, %1227, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %2795 = stablehlo.transpose %2794, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %cst_694 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2796 = stablehlo.reduce(%2776 init: %cst_694) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2797 = stablehlo.reshape %2796 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_695 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2798 = stablehlo.reduce(%2797 init: %cst_695) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2799 = stablehlo.reshape %2798 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %2800 = stablehlo.broadcast_in_dim %2776, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_696 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2801 = stablehlo.pad %2800, %cst_696, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2802 = stablehlo.broadcast_in_dim %2793, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_697 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2803 = stablehlo.pad %2802, %cst_697, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2804 = stablehlo.add %2801, %2803 : tensor<8x1024x16x3x64xf32>
    %cst_698 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2805 = stablehlo.reduce(%2795 init: %cst_698) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2806 = stablehlo.reshape %2805 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_699 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2807 = stablehlo.reduce(%2806 init: %cst_699) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2808 = stablehlo.reshape %2807 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %2809 = stablehlo.broadcast_in_dim %2795, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_700 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2810 = stablehlo.pad %2809, %cst_700, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2811 = stablehlo.add %2804, %2810 : tensor<8x1024x16x3x64xf32>
    %2812 = stablehlo.reshape %2811 : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x3072xf32>
    %2813 = stablehlo.dot_general %2812, %1217, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<8x1024x1024xf32>) -> tensor<3072x1024xf32>
    %2814 = stablehlo.transpose %2813, dims = [1, 0] : (tensor<3072x1024xf32>) -> tensor<1024x3072xf32>
    %2815 = stablehlo.dot_general %2812, %arg117, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x1024xf32>
    %cst_701 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2816 = stablehlo.reduce(%2815 init: %cst_701) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2817 = stablehlo.reshape %2816 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2818 = stablehlo.reshape %2817 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2819 = stablehlo.multiply %1203, %2815 : tensor<8x1024x1024xf32>
    %2820 = stablehlo.multiply %2815, %1213 : tensor<8x1024x1024xf32>
    %2821 = stablehlo.broadcast_in_dim %1206, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2822 = stablehlo.multiply %2821, %2819 : tensor<8x1024x1024xf32>
    %cst_702 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2823 = stablehlo.reduce(%2822 init: %cst_702) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2824 = stablehlo.reshape %2823 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2825 = stablehlo.broadcast_in_dim %1210, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2826 = stablehlo.multiply %2819, %2825 : tensor<8x1024x1024xf32>
    %cst_703 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2827 = stablehlo.reduce(%2826 init: %cst_703) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2828 = stablehlo.reshape %2827 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2829 = stablehlo.reshape %2824 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2830 = stablehlo.multiply %2828, %1209 : tensor<8x1024x1xf32>
    %2831 = stablehlo.negate %2820 : tensor<8x1024x1024xf32>
    %cst_704 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2832 = stablehlo.reduce(%2831 init: %cst_704) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2833 = stablehlo.reshape %2832 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2834 = stablehlo.add %2765, %2820 : tensor<8x1024x1024xf32>
    %cst_705 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2835 = stablehlo.reduce(%2830 init: %cst_705) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_706 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2836 = stablehlo.reduce(%2833 init: %cst_706) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2837 = stablehlo.multiply %2835, %1199 : tensor<8x1024xf32>
    %2838 = stablehlo.negate %2837 : tensor<8x1024xf32>
    %2839 = stablehlo.multiply %2838, %1186 : tensor<8x1024xf32>
    %2840 = stablehlo.add %2836, %2839 : tensor<8x1024xf32>
    %cst_707 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2841 = stablehlo.broadcast_in_dim %cst_707, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2842 = stablehlo.divide %2837, %2841 : tensor<8x1024xf32>
    %2843 = stablehlo.broadcast_in_dim %2842, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_708 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2844 = stablehlo.broadcast_in_dim %cst_708, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2845 = stablehlo.divide %2840, %2844 : tensor<8x1024xf32>
    %2846 = stablehlo.broadcast_in_dim %2845, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %2847 = stablehlo.add %2834, %2846 : tensor<8x1024x1024xf32>
    %2848 = stablehlo.multiply %2843, %1177 : tensor<8x1024x1024xf32>
    %2849 = stablehlo.add %2847, %2848 : tensor<8x1024x1024xf32>
    %cst_709 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2850 = stablehlo.reduce(%2849 init: %cst_709) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2851 = stablehlo.reshape %2850 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2852 = stablehlo.reshape %2851 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2853 = stablehlo.dot_general %2849, %1169, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x4096xf32>) -> tensor<1024x4096xf32>
    %2854 = stablehlo.transpose %2853, dims = [1, 0] : (tensor<1024x4096xf32>) -> tensor<4096x1024xf32>
    %2855 = stablehlo.dot_general %2849, %arg112, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x4096xf32>
    %2856 = stablehlo.multiply %1161, %2855 : tensor<8x1024x4096xf32>
    %2857 = stablehlo.multiply %2855, %1165 : tensor<8x1024x4096xf32>
    %cst_710 = stablehlo.constant dense<-1.12837923> : tensor<f32>
    %2858 = stablehlo.broadcast_in_dim %cst_710, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2859 = stablehlo.multiply %2858, %2856 : tensor<8x1024x4096xf32>
    %2860 = stablehlo.multiply %2859, %1168 : tensor<8x1024x4096xf32>
    %cst_711 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %2861 = stablehlo.broadcast_in_dim %cst_711, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2862 = stablehlo.multiply %2860, %2861 : tensor<8x1024x4096xf32>
    %2863 = stablehlo.negate %2862 : tensor<8x1024x4096xf32>
    %cst_712 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %2864 = stablehlo.broadcast_in_dim %cst_712, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %2865 = stablehlo.multiply %2864, %2857 : tensor<8x1024x4096xf32>
    %2866 = stablehlo.add %2863, %2865 : tensor<8x1024x4096xf32>
    %cst_713 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2867 = stablehlo.reduce(%2866 init: %cst_713) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x4096xf32>, tensor<f32>) -> tensor<4096xf32>
    %2868 = stablehlo.reshape %2867 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %2869 = stablehlo.reshape %2868 : (tensor<1x1x4096xf32>) -> tensor<4096xf32>
    %2870 = stablehlo.dot_general %2866, %1155, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<8x1024x1024xf32>) -> tensor<4096x1024xf32>
    %2871 = stablehlo.transpose %2870, dims = [1, 0] : (tensor<4096x1024xf32>) -> tensor<1024x4096xf32>
    %2872 = stablehlo.dot_general %2866, %arg110, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x1024xf32>
    %cst_714 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2873 = stablehlo.reduce(%2872 init: %cst_714) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2874 = stablehlo.reshape %2873 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2875 = stablehlo.reshape %2874 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2876 = stablehlo.multiply %1141, %2872 : tensor<8x1024x1024xf32>
    %2877 = stablehlo.multiply %2872, %1151 : tensor<8x1024x1024xf32>
    %2878 = stablehlo.broadcast_in_dim %1144, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2879 = stablehlo.multiply %2878, %2876 : tensor<8x1024x1024xf32>
    %cst_715 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2880 = stablehlo.reduce(%2879 init: %cst_715) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2881 = stablehlo.reshape %2880 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2882 = stablehlo.broadcast_in_dim %1148, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2883 = stablehlo.multiply %2876, %2882 : tensor<8x1024x1024xf32>
    %cst_716 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2884 = stablehlo.reduce(%2883 init: %cst_716) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2885 = stablehlo.reshape %2884 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2886 = stablehlo.reshape %2881 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2887 = stablehlo.multiply %2885, %1147 : tensor<8x1024x1xf32>
    %2888 = stablehlo.negate %2877 : tensor<8x1024x1024xf32>
    %cst_717 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2889 = stablehlo.reduce(%2888 init: %cst_717) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2890 = stablehlo.reshape %2889 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2891 = stablehlo.add %2849, %2877 : tensor<8x1024x1024xf32>
    %cst_718 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2892 = stablehlo.reduce(%2887 init: %cst_718) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_719 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2893 = stablehlo.reduce(%2890 init: %cst_719) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2894 = stablehlo.multiply %2892, %1137 : tensor<8x1024xf32>
    %2895 = stablehlo.negate %2894 : tensor<8x1024xf32>
    %2896 = stablehlo.multiply %2895, %1124 : tensor<8x1024xf32>
    %2897 = stablehlo.add %2893, %2896 : tensor<8x1024xf32>
    %cst_720 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2898 = stablehlo.broadcast_in_dim %cst_720, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2899 = stablehlo.divide %2894, %2898 : tensor<8x1024xf32>
    %2900 = stablehlo.broadcast_in_dim %2899, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_721 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2901 = stablehlo.broadcast_in_dim %cst_721, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2902 = stablehlo.divide %2897, %2901 : tensor<8x1024xf32>
    %2903 = stablehlo.broadcast_in_dim %2902, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %2904 = stablehlo.add %2891, %2903 : tensor<8x1024x1024xf32>
    %2905 = stablehlo.multiply %2900, %1115 : tensor<8x1024x1024xf32>
    %2906 = stablehlo.add %2904, %2905 : tensor<8x1024x1024xf32>
    %cst_722 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2907 = stablehlo.reduce(%2906 init: %cst_722) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2908 = stablehlo.reshape %2907 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2909 = stablehlo.reshape %2908 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2910 = stablehlo.dot_general %2906, %1107, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x1024xf32>) -> tensor<1024x1024xf32>
    %2911 = stablehlo.transpose %2910, dims = [1, 0] : (tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    %2912 = stablehlo.dot_general %2906, %arg106, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %2913 = stablehlo.reshape %2912 : (tensor<8x1024x1024xf32>) -> tensor<8x1024x16x64xf32>
    %2914 = stablehlo.transpose %2913, dims = [0, 2, 3, 1] : (tensor<8x1024x16x64xf32>) -> tensor<8x16x64x1024xf32>
    %2915 = stablehlo.dot_general %2914, %1066, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %2916 = stablehlo.dot_general %2914, %1101, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %2917 = stablehlo.transpose %2916, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %2918 = stablehlo.broadcast_in_dim %1104, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %2919 = stablehlo.multiply %2915, %2918 : tensor<8x16x1024x1024xf32>
    %2920 = stablehlo.multiply %2919, %1097 : tensor<8x16x1024x1024xf32>
    %cst_723 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2921 = stablehlo.reduce(%2920 init: %cst_723) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %2922 = stablehlo.reshape %2921 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %2923 = stablehlo.negate %2922 : tensor<8x16x1024x1xf32>
    %2924 = stablehlo.broadcast_in_dim %1099, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %2925 = stablehlo.divide %2915, %2924 : tensor<8x16x1024x1024xf32>
    %cst_724 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2926 = stablehlo.reduce(%2923 init: %cst_724) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %2927 = stablehlo.broadcast_in_dim %2926, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %2928 = stablehlo.add %2925, %2927 : tensor<8x16x1024x1024xf32>
    %2929 = stablehlo.multiply %2928, %1097 : tensor<8x16x1024x1024xf32>
    %2930 = call @_where_7(%1075#1, %1075#2, %2929) : (tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %2931 = stablehlo.broadcast_in_dim %1069, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %2932 = stablehlo.divide %2930, %2931 : tensor<8x16x1024x1024xf32>
    %2933 = stablehlo.dot_general %2932, %1058, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %2934 = stablehlo.transpose %2933, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %2935 = stablehlo.dot_general %2932, %1060, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %2936 = stablehlo.transpose %2935, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %cst_725 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2937 = stablehlo.reduce(%2917 init: %cst_725) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2938 = stablehlo.reshape %2937 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_726 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2939 = stablehlo.reduce(%2938 init: %cst_726) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2940 = stablehlo.reshape %2939 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %2941 = stablehlo.broadcast_in_dim %2917, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_727 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2942 = stablehlo.pad %2941, %cst_727, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2943 = stablehlo.broadcast_in_dim %2934, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_728 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2944 = stablehlo.pad %2943, %cst_728, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2945 = stablehlo.add %2942, %2944 : tensor<8x1024x16x3x64xf32>
    %cst_729 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2946 = stablehlo.reduce(%2936 init: %cst_729) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2947 = stablehlo.reshape %2946 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_730 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2948 = stablehlo.reduce(%2947 init: %cst_730) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %2949 = stablehlo.reshape %2948 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %2950 = stablehlo.broadcast_in_dim %2936, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_731 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2951 = stablehlo.pad %2950, %cst_731, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %2952 = stablehlo.add %2945, %2951 : tensor<8x1024x16x3x64xf32>
    %2953 = stablehlo.reshape %2952 : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x3072xf32>
    %2954 = stablehlo.dot_general %2953, %1050, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<8x1024x1024xf32>) -> tensor<3072x1024xf32>
    %2955 = stablehlo.transpose %2954, dims = [1, 0] : (tensor<3072x1024xf32>) -> tensor<1024x3072xf32>
    %2956 = stablehlo.dot_general %2953, %arg104, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x1024xf32>
    %cst_732 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2957 = stablehlo.reduce(%2956 init: %cst_732) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2958 = stablehlo.reshape %2957 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2959 = stablehlo.reshape %2958 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2960 = stablehlo.multiply %1036, %2956 : tensor<8x1024x1024xf32>
    %2961 = stablehlo.multiply %2956, %1046 : tensor<8x1024x1024xf32>
    %2962 = stablehlo.broadcast_in_dim %1039, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %2963 = stablehlo.multiply %2962, %2960 : tensor<8x1024x1024xf32>
    %cst_733 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2964 = stablehlo.reduce(%2963 init: %cst_733) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2965 = stablehlo.reshape %2964 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2966 = stablehlo.broadcast_in_dim %1043, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %2967 = stablehlo.multiply %2960, %2966 : tensor<8x1024x1024xf32>
    %cst_734 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2968 = stablehlo.reduce(%2967 init: %cst_734) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2969 = stablehlo.reshape %2968 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2970 = stablehlo.reshape %2965 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2971 = stablehlo.multiply %2969, %1042 : tensor<8x1024x1xf32>
    %2972 = stablehlo.negate %2961 : tensor<8x1024x1024xf32>
    %cst_735 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2973 = stablehlo.reduce(%2972 init: %cst_735) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2974 = stablehlo.reshape %2973 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %2975 = stablehlo.add %2906, %2961 : tensor<8x1024x1024xf32>
    %cst_736 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2976 = stablehlo.reduce(%2971 init: %cst_736) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_737 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2977 = stablehlo.reduce(%2974 init: %cst_737) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %2978 = stablehlo.multiply %2976, %1032 : tensor<8x1024xf32>
    %2979 = stablehlo.negate %2978 : tensor<8x1024xf32>
    %2980 = stablehlo.multiply %2979, %1019 : tensor<8x1024xf32>
    %2981 = stablehlo.add %2977, %2980 : tensor<8x1024xf32>
    %cst_738 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2982 = stablehlo.broadcast_in_dim %cst_738, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2983 = stablehlo.divide %2978, %2982 : tensor<8x1024xf32>
    %2984 = stablehlo.broadcast_in_dim %2983, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_739 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %2985 = stablehlo.broadcast_in_dim %cst_739, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %2986 = stablehlo.divide %2981, %2985 : tensor<8x1024xf32>
    %2987 = stablehlo.broadcast_in_dim %2986, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %2988 = stablehlo.add %2975, %2987 : tensor<8x1024x1024xf32>
    %2989 = stablehlo.multiply %2984, %1010 : tensor<8x1024x1024xf32>
    %2990 = stablehlo.add %2988, %2989 : tensor<8x1024x1024xf32>
    %cst_740 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2991 = stablehlo.reduce(%2990 init: %cst_740) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %2992 = stablehlo.reshape %2991 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %2993 = stablehlo.reshape %2992 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %2994 = stablehlo.dot_general %2990, %1002, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x4096xf32>) -> tensor<1024x4096xf32>
    %2995 = stablehlo.transpose %2994, dims = [1, 0] : (tensor<1024x4096xf32>) -> tensor<4096x1024xf32>
    %2996 = stablehlo.dot_general %2990, %arg99, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x4096xf32>
    %2997 = stablehlo.multiply %994, %2996 : tensor<8x1024x4096xf32>
    %2998 = stablehlo.multiply %2996, %998 : tensor<8x1024x4096xf32>
    %cst_741 = stablehlo.constant dense<-1.12837923> : tensor<f32>
    %2999 = stablehlo.broadcast_in_dim %cst_741, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3000 = stablehlo.multiply %2999, %2997 : tensor<8x1024x4096xf32>
    %3001 = stablehlo.multiply %3000, %1001 : tensor<8x1024x4096xf32>
    %cst_742 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %3002 = stablehlo.broadcast_in_dim %cst_742, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3003 = stablehlo.multiply %3001, %3002 : tensor<8x1024x4096xf32>
    %3004 = stablehlo.negate %3003 : tensor<8x1024x4096xf32>
    %cst_743 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %3005 = stablehlo.broadcast_in_dim %cst_743, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3006 = stablehlo.multiply %3005, %2998 : tensor<8x1024x4096xf32>
    %3007 = stablehlo.add %3004, %3006 : tensor<8x1024x4096xf32>
    %cst_744 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3008 = stablehlo.reduce(%3007 init: %cst_744) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x4096xf32>, tensor<f32>) -> tensor<4096xf32>
    %3009 = stablehlo.reshape %3008 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %3010 = stablehlo.reshape %3009 : (tensor<1x1x4096xf32>) -> tensor<4096xf32>
    %3011 = stablehlo.dot_general %3007, %988, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<8x1024x1024xf32>) -> tensor<4096x1024xf32>
    %3012 = stablehlo.transpose %3011, dims = [1, 0] : (tensor<4096x1024xf32>) -> tensor<1024x4096xf32>
    %3013 = stablehlo.dot_general %3007, %arg97, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x1024xf32>
    %cst_745 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3014 = stablehlo.reduce(%3013 init: %cst_745) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3015 = stablehlo.reshape %3014 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3016 = stablehlo.reshape %3015 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3017 = stablehlo.multiply %974, %3013 : tensor<8x1024x1024xf32>
    %3018 = stablehlo.multiply %3013, %984 : tensor<8x1024x1024xf32>
    %3019 = stablehlo.broadcast_in_dim %977, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %3020 = stablehlo.multiply %3019, %3017 : tensor<8x1024x1024xf32>
    %cst_746 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3021 = stablehlo.reduce(%3020 init: %cst_746) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3022 = stablehlo.reshape %3021 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3023 = stablehlo.broadcast_in_dim %981, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %3024 = stablehlo.multiply %3017, %3023 : tensor<8x1024x1024xf32>
    %cst_747 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3025 = stablehlo.reduce(%3024 init: %cst_747) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3026 = stablehlo.reshape %3025 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3027 = stablehlo.reshape %3022 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3028 = stablehlo.multiply %3026, %980 : tensor<8x1024x1xf32>
    %3029 = stablehlo.negate %3018 : tensor<8x1024x1024xf32>
    %cst_748 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3030 = stablehlo.reduce(%3029 init: %cst_748) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3031 = stablehlo.reshape %3030 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3032 = stablehlo.add %2990, %3018 : tensor<8x1024x1024xf32>
    %cst_749 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3033 = stablehlo.reduce(%3028 init: %cst_749) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_750 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3034 = stablehlo.reduce(%3031 init: %cst_750) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3035 = stablehlo.multiply %3033, %970 : tensor<8x1024xf32>
    %3036 = stablehlo.negate %3035 : tensor<8x1024xf32>
    %3037 = stablehlo.multiply %3036, %957 : tensor<8x1024xf32>
    %3038 = stablehlo.add %3034, %3037 : tensor<8x1024xf32>
    %cst_751 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3039 = stablehlo.broadcast_in_dim %cst_751, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3040 = stablehlo.divide %3035, %3039 : tensor<8x1024xf32>
    %3041 = stablehlo.broadcast_in_dim %3040, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_752 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3042 = stablehlo.broadcast_in_dim %cst_752, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3043 = stablehlo.divide %3038, %3042 : tensor<8x1024xf32>
    %3044 = stablehlo.broadcast_in_dim %3043, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %3045 = stablehlo.add %3032, %3044 : tensor<8x1024x1024xf32>
    %3046 = stablehlo.multiply %3041, %948 : tensor<8x1024x1024xf32>
    %3047 = stablehlo.add %3045, %3046 : tensor<8x1024x1024xf32>
    %cst_753 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3048 = stablehlo.reduce(%3047 init: %cst_753) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3049 = stablehlo.reshape %3048 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3050 = stablehlo.reshape %3049 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3051 = stablehlo.dot_general %3047, %940, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x1024xf32>) -> tensor<1024x1024xf32>
    %3052 = stablehlo.transpose %3051, dims = [1, 0] : (tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    %3053 = stablehlo.dot_general %3047, %arg93, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %3054 = stablehlo.reshape %3053 : (tensor<8x1024x1024xf32>) -> tensor<8x1024x16x64xf32>
    %3055 = stablehlo.transpose %3054, dims = [0, 2, 3, 1] : (tensor<8x1024x16x64xf32>) -> tensor<8x16x64x1024xf32>
    %3056 = stablehlo.dot_general %3055, %899, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %3057 = stablehlo.dot_general %3055, %934, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %3058 = stablehlo.transpose %3057, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %3059 = stablehlo.broadcast_in_dim %937, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %3060 = stablehlo.multiply %3056, %3059 : tensor<8x16x1024x1024xf32>
    %3061 = stablehlo.multiply %3060, %930 : tensor<8x16x1024x1024xf32>
    %cst_754 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3062 = stablehlo.reduce(%3061 init: %cst_754) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %3063 = stablehlo.reshape %3062 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %3064 = stablehlo.negate %3063 : tensor<8x16x1024x1xf32>
    %3065 = stablehlo.broadcast_in_dim %932, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %3066 = stablehlo.divide %3056, %3065 : tensor<8x16x1024x1024xf32>
    %cst_755 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3067 = stablehlo.reduce(%3064 init: %cst_755) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %3068 = stablehlo.broadcast_in_dim %3067, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %3069 = stablehlo.add %3066, %3068 : tensor<8x16x1024x1024xf32>
    %3070 = stablehlo.multiply %3069, %930 : tensor<8x16x1024x1024xf32>
    %3071 = call @_where_7(%908#1, %908#2, %3070) : (tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %3072 = stablehlo.broadcast_in_dim %902, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %3073 = stablehlo.divide %3071, %3072 : tensor<8x16x1024x1024xf32>
    %3074 = stablehlo.dot_general %3073, %891, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %3075 = stablehlo.transpose %3074, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %3076 = stablehlo.dot_general %3073, %893, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %3077 = stablehlo.transpose %3076, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %cst_756 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3078 = stablehlo.reduce(%3058 init: %cst_756) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3079 = stablehlo.reshape %3078 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_757 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3080 = stablehlo.reduce(%3079 init: %cst_757) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3081 = stablehlo.reshape %3080 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %3082 = stablehlo.broadcast_in_dim %3058, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_758 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3083 = stablehlo.pad %3082, %cst_758, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3084 = stablehlo.broadcast_in_dim %3075, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_759 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3085 = stablehlo.pad %3084, %cst_759, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3086 = stablehlo.add %3083, %3085 : tensor<8x1024x16x3x64xf32>
    %cst_760 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3087 = stablehlo.reduce(%3077 init: %cst_760) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3088 = stablehlo.reshape %3087 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_761 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3089 = stablehlo.reduce(%3088 init: %cst_761) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3090 = stablehlo.reshape %3089 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %3091 = stablehlo.broadcast_in_dim %3077, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_762 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3092 = stablehlo.pad %3091, %cst_762, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3093 = stablehlo.add %3086, %3092 : tensor<8x1024x16x3x64xf32>
    %3094 = stablehlo.reshape %3093 : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x3072xf32>
    %3095 = stablehlo.dot_general %3094, %883, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<8x1024x1024xf32>) -> tensor<3072x1024xf32>
    %3096 = stablehlo.transpose %3095, dims = [1, 0] : (tensor<3072x1024xf32>) -> tensor<1024x3072xf32>
    %3097 = stablehlo.dot_general %3094, %arg91, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x1024xf32>
    %cst_763 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3098 = stablehlo.reduce(%3097 init: %cst_763) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3099 = stablehlo.reshape %3098 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3100 = stablehlo.reshape %3099 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3101 = stablehlo.multiply %869, %3097 : tensor<8x1024x1024xf32>
    %3102 = stablehlo.multiply %3097, %879 : tensor<8x1024x1024xf32>
    %3103 = stablehlo.broadcast_in_dim %872, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %3104 = stablehlo.multiply %3103, %3101 : tensor<8x1024x1024xf32>
    %cst_764 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3105 = stablehlo.reduce(%3104 init: %cst_764) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3106 = stablehlo.reshape %3105 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3107 = stablehlo.broadcast_in_dim %876, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %3108 = stablehlo.multiply %3101, %3107 : tensor<8x1024x1024xf32>
    %cst_765 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3109 = stablehlo.reduce(%3108 init: %cst_765) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3110 = stablehlo.reshape %3109 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3111 = stablehlo.reshape %3106 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3112 = stablehlo.multiply %3110, %875 : tensor<8x1024x1xf32>
    %3113 = stablehlo.negate %3102 : tensor<8x1024x1024xf32>
    %cst_766 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3114 = stablehlo.reduce(%3113 init: %cst_766) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3115 = stablehlo.reshape %3114 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3116 = stablehlo.add %3047, %3102 : tensor<8x1024x1024xf32>
    %cst_767 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3117 = stablehlo.reduce(%3112 init: %cst_767) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_768 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3118 = stablehlo.reduce(%3115 init: %cst_768) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3119 = stablehlo.multiply %3117, %865 : tensor<8x1024xf32>
    %3120 = stablehlo.negate %3119 : tensor<8x1024xf32>
    %3121 = stablehlo.multiply %3120, %852 : tensor<8x1024xf32>
    %3122 = stablehlo.add %3118, %3121 : tensor<8x1024xf32>
    %cst_769 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3123 = stablehlo.broadcast_in_dim %cst_769, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3124 = stablehlo.divide %3119, %3123 : tensor<8x1024xf32>
    %3125 = stablehlo.broadcast_in_dim %3124, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_770 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3126 = stablehlo.broadcast_in_dim %cst_770, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3127 = stablehlo.divide %3122, %3126 : tensor<8x1024xf32>
    %3128 = stablehlo.broadcast_in_dim %3127, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %3129 = stablehlo.add %3116, %3128 : tensor<8x1024x1024xf32>
    %3130 = stablehlo.multiply %3125, %843 : tensor<8x1024x1024xf32>
    %3131 = stablehlo.add %3129, %3130 : tensor<8x1024x1024xf32>
    %cst_771 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3132 = stablehlo.reduce(%3131 init: %cst_771) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3133 = stablehlo.reshape %3132 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3134 = stablehlo.reshape %3133 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3135 = stablehlo.dot_general %3131, %835, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x4096xf32>) -> tensor<1024x4096xf32>
    %3136 = stablehlo.transpose %3135, dims = [1, 0] : (tensor<1024x4096xf32>) -> tensor<4096x1024xf32>
    %3137 = stablehlo.dot_general %3131, %arg86, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x4096xf32>
    %3138 = stablehlo.multiply %827, %3137 : tensor<8x1024x4096xf32>
    %3139 = stablehlo.multiply %3137, %831 : tensor<8x1024x4096xf32>
    %cst_772 = stablehlo.constant dense<-1.12837923> : tensor<f32>
    %3140 = stablehlo.broadcast_in_dim %cst_772, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3141 = stablehlo.multiply %3140, %3138 : tensor<8x1024x4096xf32>
    %3142 = stablehlo.multiply %3141, %834 : tensor<8x1024x4096xf32>
    %cst_773 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %3143 = stablehlo.broadcast_in_dim %cst_773, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3144 = stablehlo.multiply %3142, %3143 : tensor<8x1024x4096xf32>
    %3145 = stablehlo.negate %3144 : tensor<8x1024x4096xf32>
    %cst_774 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %3146 = stablehlo.broadcast_in_dim %cst_774, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3147 = stablehlo.multiply %3146, %3139 : tensor<8x1024x4096xf32>
    %3148 = stablehlo.add %3145, %3147 : tensor<8x1024x4096xf32>
    %cst_775 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3149 = stablehlo.reduce(%3148 init: %cst_775) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x4096xf32>, tensor<f32>) -> tensor<4096xf32>
    %3150 = stablehlo.reshape %3149 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %3151 = stablehlo.reshape %3150 : (tensor<1x1x4096xf32>) -> tensor<4096xf32>
    %3152 = stablehlo.dot_general %3148, %821, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<8x1024x1024xf32>) -> tensor<4096x1024xf32>
    %3153 = stablehlo.transpose %3152, dims = [1, 0] : (tensor<4096x1024xf32>) -> tensor<1024x4096xf32>
    %3154 = stablehlo.dot_general %3148, %arg84, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x1024xf32>
    %cst_776 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3155 = stablehlo.reduce(%3154 init: %cst_776) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3156 = stablehlo.reshape %3155 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3157 = stablehlo.reshape %3156 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3158 = stablehlo.multiply %807, %3154 : tensor<8x1024x1024xf32>
    %3159 = stablehlo.multiply %3154, %817 : tensor<8x1024x1024xf32>
    %3160 = stablehlo.broadcast_in_dim %810, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %3161 = stablehlo.multiply %3160, %3158 : tensor<8x1024x1024xf32>
    %cst_777 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3162 = stablehlo.reduce(%3161 init: %cst_777) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3163 = stablehlo.reshape %3162 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3164 = stablehlo.broadcast_in_dim %814, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %3165 = stablehlo.multiply %3158, %3164 : tensor<8x1024x1024xf32>
    %cst_778 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3166 = stablehlo.reduce(%3165 init: %cst_778) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3167 = stablehlo.reshape %3166 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3168 = stablehlo.reshape %3163 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3169 = stablehlo.multiply %3167, %813 : tensor<8x1024x1xf32>
    %3170 = stablehlo.negate %3159 : tensor<8x1024x1024xf32>
    %cst_779 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3171 = stablehlo.reduce(%3170 init: %cst_779) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3172 = stablehlo.reshape %3171 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3173 = stablehlo.add %3131, %3159 : tensor<8x1024x1024xf32>
    %cst_780 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3174 = stablehlo.reduce(%3169 init: %cst_780) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_781 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3175 = stablehlo.reduce(%3172 init: %cst_781) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3176 = stablehlo.multiply %3174, %803 : tensor<8x1024xf32>
    %3177 = stablehlo.negate %3176 : tensor<8x1024xf32>
    %3178 = stablehlo.multiply %3177, %790 : tensor<8x1024xf32>
    %3179 = stablehlo.add %3175, %3178 : tensor<8x1024xf32>
    %cst_782 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3180 = stablehlo.broadcast_in_dim %cst_782, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3181 = stablehlo.divide %3176, %3180 : tensor<8x1024xf32>
    %3182 = stablehlo.broadcast_in_dim %3181, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_783 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3183 = stablehlo.broadcast_in_dim %cst_783, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3184 = stablehlo.divide %3179, %3183 : tensor<8x1024xf32>
    %3185 = stablehlo.broadcast_in_dim %3184, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %3186 = stablehlo.add %3173, %3185 : tensor<8x1024x1024xf32>
    %3187 = stablehlo.multiply %3182, %781 : tensor<8x1024x1024xf32>
    %3188 = stablehlo.add %3186, %3187 : tensor<8x1024x1024xf32>
    %cst_784 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3189 = stablehlo.reduce(%3188 init: %cst_784) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3190 = stablehlo.reshape %3189 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3191 = stablehlo.reshape %3190 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3192 = stablehlo.dot_general %3188, %773, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x1024xf32>) -> tensor<1024x1024xf32>
    %3193 = stablehlo.transpose %3192, dims = [1, 0] : (tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    %3194 = stablehlo.dot_general %3188, %arg80, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %3195 = stablehlo.reshape %3194 : (tensor<8x1024x1024xf32>) -> tensor<8x1024x16x64xf32>
    %3196 = stablehlo.transpose %3195, dims = [0, 2, 3, 1] : (tensor<8x1024x16x64xf32>) -> tensor<8x16x64x1024xf32>
    %3197 = stablehlo.dot_general %3196, %732, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %3198 = stablehlo.dot_general %3196, %767, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %3199 = stablehlo.transpose %3198, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %3200 = stablehlo.broadcast_in_dim %770, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %3201 = stablehlo.multiply %3197, %3200 : tensor<8x16x1024x1024xf32>
    %3202 = stablehlo.multiply %3201, %763 : tensor<8x16x1024x1024xf32>
    %cst_785 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3203 = stablehlo.reduce(%3202 init: %cst_785) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %3204 = stablehlo.reshape %3203 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %3205 = stablehlo.negate %3204 : tensor<8x16x1024x1xf32>
    %3206 = stablehlo.broadcast_in_dim %765, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %3207 = stablehlo.divide %3197, %3206 : tensor<8x16x1024x1024xf32>
    %cst_786 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3208 = stablehlo.reduce(%3205 init: %cst_786) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %3209 = stablehlo.broadcast_in_dim %3208, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %3210 = stablehlo.add %3207, %3209 : tensor<8x16x1024x1024xf32>
    %3211 = stablehlo.multiply %3210, %763 : tensor<8x16x1024x1024xf32>
    %3212 = call @_where_7(%741#1, %741#2, %3211) : (tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %3213 = stablehlo.broadcast_in_dim %735, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %3214 = stablehlo.divide %3212, %3213 : tensor<8x16x1024x1024xf32>
    %3215 = stablehlo.dot_general %3214, %724, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %3216 = stablehlo.transpose %3215, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %3217 = stablehlo.dot_general %3214, %726, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %3218 = stablehlo.transpose %3217, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %cst_787 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3219 = stablehlo.reduce(%3199 init: %cst_787) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3220 = stablehlo.reshape %3219 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_788 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3221 = stablehlo.reduce(%3220 init: %cst_788) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3222 = stablehlo.reshape %3221 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %3223 = stablehlo.broadcast_in_dim %3199, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_789 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3224 = stablehlo.pad %3223, %cst_789, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3225 = stablehlo.broadcast_in_dim %3216, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_790 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3226 = stablehlo.pad %3225, %cst_790, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3227 = stablehlo.add %3224, %3226 : tensor<8x1024x16x3x64xf32>
    %cst_791 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3228 = stablehlo.reduce(%3218 init: %cst_791) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3229 = stablehlo.reshape %3228 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_792 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3230 = stablehlo.reduce(%3229 init: %cst_792) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3231 = stablehlo.reshape %3230 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %3232 = stablehlo.broadcast_in_dim %3218, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_793 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3233 = stablehlo.pad %3232, %cst_793, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3234 = stablehlo.add %3227, %3233 : tensor<8x1024x16x3x64xf32>
    %3235 = stablehlo.reshape %3234 : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x3072xf32>
    %3236 = stablehlo.dot_general %3235, %716, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<8x1024x1024xf32>) -> tensor<3072x1024xf32>
    %3237 = stablehlo.transpose %3236, dims = [1, 0] : (tensor<3072x1024xf32>) -> tensor<1024x3072xf32>
    %3238 = stablehlo.dot_general %3235, %arg78, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x1024xf32>
    %cst_794 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3239 = stablehlo.reduce(%3238 init: %cst_794) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3240 = stablehlo.reshape %3239 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3241 = stablehlo.reshape %3240 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3242 = stablehlo.multiply %702, %3238 : tensor<8x1024x1024xf32>
    %3243 = stablehlo.multiply %3238, %712 : tensor<8x1024x1024xf32>
    %3244 = stablehlo.broadcast_in_dim %705, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %3245 = stablehlo.multiply %3244, %3242 : tensor<8x1024x1024xf32>
    %cst_795 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3246 = stablehlo.reduce(%3245 init: %cst_795) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3247 = stablehlo.reshape %3246 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3248 = stablehlo.broadcast_in_dim %709, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %3249 = stablehlo.multiply %3242, %3248 : tensor<8x1024x1024xf32>
    %cst_796 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3250 = stablehlo.reduce(%3249 init: %cst_796) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3251 = stablehlo.reshape %3250 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3252 = stablehlo.reshape %3247 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3253 = stablehlo.multiply %3251, %708 : tensor<8x1024x1xf32>
    %3254 = stablehlo.negate %3243 : tensor<8x1024x1024xf32>
    %cst_797 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3255 = stablehlo.reduce(%3254 init: %cst_797) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3256 = stablehlo.reshape %3255 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3257 = stablehlo.add %3188, %3243 : tensor<8x1024x1024xf32>
    %cst_798 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3258 = stablehlo.reduce(%3253 init: %cst_798) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_799 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3259 = stablehlo.reduce(%3256 init: %cst_799) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3260 = stablehlo.multiply %3258, %698 : tensor<8x1024xf32>
    %3261 = stablehlo.negate %3260 : tensor<8x1024xf32>
    %3262 = stablehlo.multiply %3261, %685 : tensor<8x1024xf32>
    %3263 = stablehlo.add %3259, %3262 : tensor<8x1024xf32>
    %cst_800 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3264 = stablehlo.broadcast_in_dim %cst_800, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3265 = stablehlo.divide %3260, %3264 : tensor<8x1024xf32>
    %3266 = stablehlo.broadcast_in_dim %3265, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_801 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3267 = stablehlo.broadcast_in_dim %cst_801, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3268 = stablehlo.divide %3263, %3267 : tensor<8x1024xf32>
    %3269 = stablehlo.broadcast_in_dim %3268, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %3270 = stablehlo.add %3257, %3269 : tensor<8x1024x1024xf32>
    %3271 = stablehlo.multiply %3266, %676 : tensor<8x1024x1024xf32>
    %3272 = stablehlo.add %3270, %3271 : tensor<8x1024x1024xf32>
    %cst_802 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3273 = stablehlo.reduce(%3272 init: %cst_802) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3274 = stablehlo.reshape %3273 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3275 = stablehlo.reshape %3274 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3276 = stablehlo.dot_general %3272, %668, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x4096xf32>) -> tensor<1024x4096xf32>
    %3277 = stablehlo.transpose %3276, dims = [1, 0] : (tensor<1024x4096xf32>) -> tensor<4096x1024xf32>
    %3278 = stablehlo.dot_general %3272, %arg73, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x4096xf32>
    %3279 = stablehlo.multiply %660, %3278 : tensor<8x1024x4096xf32>
    %3280 = stablehlo.multiply %3278, %664 : tensor<8x1024x4096xf32>
    %cst_803 = stablehlo.constant dense<-1.12837923> : tensor<f32>
    %3281 = stablehlo.broadcast_in_dim %cst_803, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3282 = stablehlo.multiply %3281, %3279 : tensor<8x1024x4096xf32>
    %3283 = stablehlo.multiply %3282, %667 : tensor<8x1024x4096xf32>
    %cst_804 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %3284 = stablehlo.broadcast_in_dim %cst_804, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3285 = stablehlo.multiply %3283, %3284 : tensor<8x1024x4096xf32>
    %3286 = stablehlo.negate %3285 : tensor<8x1024x4096xf32>
    %cst_805 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %3287 = stablehlo.broadcast_in_dim %cst_805, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3288 = stablehlo.multiply %3287, %3280 : tensor<8x1024x4096xf32>
    %3289 = stablehlo.add %3286, %3288 : tensor<8x1024x4096xf32>
    %cst_806 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3290 = stablehlo.reduce(%3289 init: %cst_806) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x4096xf32>, tensor<f32>) -> tensor<4096xf32>
    %3291 = stablehlo.reshape %3290 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %3292 = stablehlo.reshape %3291 : (tensor<1x1x4096xf32>) -> tensor<4096xf32>
    %3293 = stablehlo.dot_general %3289, %654, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<8x1024x1024xf32>) -> tensor<4096x1024xf32>
    %3294 = stablehlo.transpose %3293, dims = [1, 0] : (tensor<4096x1024xf32>) -> tensor<1024x4096xf32>
    %3295 = stablehlo.dot_general %3289, %arg71, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x1024xf32>
    %cst_807 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3296 = stablehlo.reduce(%3295 init: %cst_807) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3297 = stablehlo.reshape %3296 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3298 = stablehlo.reshape %3297 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3299 = stablehlo.multiply %640, %3295 : tensor<8x1024x1024xf32>
    %3300 = stablehlo.multiply %3295, %650 : tensor<8x1024x1024xf32>
    %3301 = stablehlo.broadcast_in_dim %643, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %3302 = stablehlo.multiply %3301, %3299 : tensor<8x1024x1024xf32>
    %cst_808 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3303 = stablehlo.reduce(%3302 init: %cst_808) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3304 = stablehlo.reshape %3303 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3305 = stablehlo.broadcast_in_dim %647, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %3306 = stablehlo.multiply %3299, %3305 : tensor<8x1024x1024xf32>
    %cst_809 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3307 = stablehlo.reduce(%3306 init: %cst_809) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3308 = stablehlo.reshape %3307 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3309 = stablehlo.reshape %3304 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3310 = stablehlo.multiply %3308, %646 : tensor<8x1024x1xf32>
    %3311 = stablehlo.negate %3300 : tensor<8x1024x1024xf32>
    %cst_810 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3312 = stablehlo.reduce(%3311 init: %cst_810) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3313 = stablehlo.reshape %3312 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3314 = stablehlo.add %3272, %3300 : tensor<8x1024x1024xf32>
    %cst_811 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3315 = stablehlo.reduce(%3310 init: %cst_811) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_812 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3316 = stablehlo.reduce(%3313 init: %cst_812) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3317 = stablehlo.multiply %3315, %636 : tensor<8x1024xf32>
    %3318 = stablehlo.negate %3317 : tensor<8x1024xf32>
    %3319 = stablehlo.multiply %3318, %623 : tensor<8x1024xf32>
    %3320 = stablehlo.add %3316, %3319 : tensor<8x1024xf32>
    %cst_813 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3321 = stablehlo.broadcast_in_dim %cst_813, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3322 = stablehlo.divide %3317, %3321 : tensor<8x1024xf32>
    %3323 = stablehlo.broadcast_in_dim %3322, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_814 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3324 = stablehlo.broadcast_in_dim %cst_814, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3325 = stablehlo.divide %3320, %3324 : tensor<8x1024xf32>
    %3326 = stablehlo.broadcast_in_dim %3325, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %3327 = stablehlo.add %3314, %3326 : tensor<8x1024x1024xf32>
    %3328 = stablehlo.multiply %3323, %614 : tensor<8x1024x1024xf32>
    %3329 = stablehlo.add %3327, %3328 : tensor<8x1024x1024xf32>
    %cst_815 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3330 = stablehlo.reduce(%3329 init: %cst_815) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3331 = stablehlo.reshape %3330 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3332 = stablehlo.reshape %3331 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3333 = stablehlo.dot_general %3329, %606, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x1024xf32>) -> tensor<1024x1024xf32>
    %3334 = stablehlo.transpose %3333, dims = [1, 0] : (tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    %3335 = stablehlo.dot_general %3329, %arg67, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %3336 = stablehlo.reshape %3335 : (tensor<8x1024x1024xf32>) -> tensor<8x1024x16x64xf32>
    %3337 = stablehlo.transpose %3336, dims = [0, 2, 3, 1] : (tensor<8x1024x16x64xf32>) -> tensor<8x16x64x1024xf32>
    %3338 = stablehlo.dot_general %3337, %565, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %3339 = stablehlo.dot_general %3337, %600, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %3340 = stablehlo.transpose %3339, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %3341 = stablehlo.broadcast_in_dim %603, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %3342 = stablehlo.multiply %3338, %3341 : tensor<8x16x1024x1024xf32>
    %3343 = stablehlo.multiply %3342, %596 : tensor<8x16x1024x1024xf32>
    %cst_816 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3344 = stablehlo.reduce(%3343 init: %cst_816) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %3345 = stablehlo.reshape %3344 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %3346 = stablehlo.negate %3345 : tensor<8x16x1024x1xf32>
    %3347 = stablehlo.broadcast_in_dim %598, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %3348 = stablehlo.divide %3338, %3347 : tensor<8x16x1024x1024xf32>
    %cst_817 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3349 = stablehlo.reduce(%3346 init: %cst_817) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %3350 = stablehlo.broadcast_in_dim %3349, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %3351 = stablehlo.add %3348, %3350 : tensor<8x16x1024x1024xf32>
    %3352 = stablehlo.multiply %3351, %596 : tensor<8x16x1024x1024xf32>
    %3353 = call @_where_7(%574#1, %574#2, %3352) : (tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %3354 = stablehlo.broadcast_in_dim %568, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %3355 = stablehlo.divide %3353, %3354 : tensor<8x16x1024x1024xf32>
    %3356 = stablehlo.dot_general %3355, %557, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %3357 = stablehlo.transpose %3356, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %3358 = stablehlo.dot_general %3355, %559, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %3359 = stablehlo.transpose %3358, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %cst_818 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3360 = stablehlo.reduce(%3340 init: %cst_818) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3361 = stablehlo.reshape %3360 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_819 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3362 = stablehlo.reduce(%3361 init: %cst_819) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3363 = stablehlo.reshape %3362 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %3364 = stablehlo.broadcast_in_dim %3340, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_820 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3365 = stablehlo.pad %3364, %cst_820, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3366 = stablehlo.broadcast_in_dim %3357, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_821 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3367 = stablehlo.pad %3366, %cst_821, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3368 = stablehlo.add %3365, %3367 : tensor<8x1024x16x3x64xf32>
    %cst_822 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3369 = stablehlo.reduce(%3359 init: %cst_822) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3370 = stablehlo.reshape %3369 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_823 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3371 = stablehlo.reduce(%3370 init: %cst_823) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3372 = stablehlo.reshape %3371 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %3373 = stablehlo.broadcast_in_dim %3359, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_824 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3374 = stablehlo.pad %3373, %cst_824, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3375 = stablehlo.add %3368, %3374 : tensor<8x1024x16x3x64xf32>
    %3376 = stablehlo.reshape %3375 : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x3072xf32>
    %3377 = stablehlo.dot_general %3376, %549, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<8x1024x1024xf32>) -> tensor<3072x1024xf32>
    %3378 = stablehlo.transpose %3377, dims = [1, 0] : (tensor<3072x1024xf32>) -> tensor<1024x3072xf32>
    %3379 = stablehlo.dot_general %3376, %arg65, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x1024xf32>
    %cst_825 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3380 = stablehlo.reduce(%3379 init: %cst_825) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3381 = stablehlo.reshape %3380 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3382 = stablehlo.reshape %3381 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3383 = stablehlo.multiply %535, %3379 : tensor<8x1024x1024xf32>
    %3384 = stablehlo.multiply %3379, %545 : tensor<8x1024x1024xf32>
    %3385 = stablehlo.broadcast_in_dim %538, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %3386 = stablehlo.multiply %3385, %3383 : tensor<8x1024x1024xf32>
    %cst_826 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3387 = stablehlo.reduce(%3386 init: %cst_826) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3388 = stablehlo.reshape %3387 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3389 = stablehlo.broadcast_in_dim %542, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %3390 = stablehlo.multiply %3383, %3389 : tensor<8x1024x1024xf32>
    %cst_827 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3391 = stablehlo.reduce(%3390 init: %cst_827) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3392 = stablehlo.reshape %3391 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3393 = stablehlo.reshape %3388 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3394 = stablehlo.multiply %3392, %541 : tensor<8x1024x1xf32>
    %3395 = stablehlo.negate %3384 : tensor<8x1024x1024xf32>
    %cst_828 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3396 = stablehlo.reduce(%3395 init: %cst_828) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3397 = stablehlo.reshape %3396 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3398 = stablehlo.add %3329, %3384 : tensor<8x1024x1024xf32>
    %cst_829 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3399 = stablehlo.reduce(%3394 init: %cst_829) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_830 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3400 = stablehlo.reduce(%3397 init: %cst_830) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3401 = stablehlo.multiply %3399, %531 : tensor<8x1024xf32>
    %3402 = stablehlo.negate %3401 : tensor<8x1024xf32>
    %3403 = stablehlo.multiply %3402, %518 : tensor<8x1024xf32>
    %3404 = stablehlo.add %3400, %3403 : tensor<8x1024xf32>
    %cst_831 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3405 = stablehlo.broadcast_in_dim %cst_831, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3406 = stablehlo.divide %3401, %3405 : tensor<8x1024xf32>
    %3407 = stablehlo.broadcast_in_dim %3406, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_832 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3408 = stablehlo.broadcast_in_dim %cst_832, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3409 = stablehlo.divide %3404, %3408 : tensor<8x1024xf32>
    %3410 = stablehlo.broadcast_in_dim %3409, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %3411 = stablehlo.add %3398, %3410 : tensor<8x1024x1024xf32>
    %3412 = stablehlo.multiply %3407, %509 : tensor<8x1024x1024xf32>
    %3413 = stablehlo.add %3411, %3412 : tensor<8x1024x1024xf32>
    %cst_833 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3414 = stablehlo.reduce(%3413 init: %cst_833) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3415 = stablehlo.reshape %3414 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3416 = stablehlo.reshape %3415 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3417 = stablehlo.dot_general %3413, %501, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x4096xf32>) -> tensor<1024x4096xf32>
    %3418 = stablehlo.transpose %3417, dims = [1, 0] : (tensor<1024x4096xf32>) -> tensor<4096x1024xf32>
    %3419 = stablehlo.dot_general %3413, %arg60, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x4096xf32>
    %3420 = stablehlo.multiply %493, %3419 : tensor<8x1024x4096xf32>
    %3421 = stablehlo.multiply %3419, %497 : tensor<8x1024x4096xf32>
    %cst_834 = stablehlo.constant dense<-1.12837923> : tensor<f32>
    %3422 = stablehlo.broadcast_in_dim %cst_834, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3423 = stablehlo.multiply %3422, %3420 : tensor<8x1024x4096xf32>
    %3424 = stablehlo.multiply %3423, %500 : tensor<8x1024x4096xf32>
    %cst_835 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %3425 = stablehlo.broadcast_in_dim %cst_835, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3426 = stablehlo.multiply %3424, %3425 : tensor<8x1024x4096xf32>
    %3427 = stablehlo.negate %3426 : tensor<8x1024x4096xf32>
    %cst_836 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %3428 = stablehlo.broadcast_in_dim %cst_836, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3429 = stablehlo.multiply %3428, %3421 : tensor<8x1024x4096xf32>
    %3430 = stablehlo.add %3427, %3429 : tensor<8x1024x4096xf32>
    %cst_837 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3431 = stablehlo.reduce(%3430 init: %cst_837) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x4096xf32>, tensor<f32>) -> tensor<4096xf32>
    %3432 = stablehlo.reshape %3431 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %3433 = stablehlo.reshape %3432 : (tensor<1x1x4096xf32>) -> tensor<4096xf32>
    %3434 = stablehlo.dot_general %3430, %487, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<8x1024x1024xf32>) -> tensor<4096x1024xf32>
    %3435 = stablehlo.transpose %3434, dims = [1, 0] : (tensor<4096x1024xf32>) -> tensor<1024x4096xf32>
    %3436 = stablehlo.dot_general %3430, %arg58, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x1024xf32>
    %cst_838 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3437 = stablehlo.reduce(%3436 init: %cst_838) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3438 = stablehlo.reshape %3437 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3439 = stablehlo.reshape %3438 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3440 = stablehlo.multiply %473, %3436 : tensor<8x1024x1024xf32>
    %3441 = stablehlo.multiply %3436, %483 : tensor<8x1024x1024xf32>
    %3442 = stablehlo.broadcast_in_dim %476, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %3443 = stablehlo.multiply %3442, %3440 : tensor<8x1024x1024xf32>
    %cst_839 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3444 = stablehlo.reduce(%3443 init: %cst_839) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3445 = stablehlo.reshape %3444 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3446 = stablehlo.broadcast_in_dim %480, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %3447 = stablehlo.multiply %3440, %3446 : tensor<8x1024x1024xf32>
    %cst_840 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3448 = stablehlo.reduce(%3447 init: %cst_840) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3449 = stablehlo.reshape %3448 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3450 = stablehlo.reshape %3445 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3451 = stablehlo.multiply %3449, %479 : tensor<8x1024x1xf32>
    %3452 = stablehlo.negate %3441 : tensor<8x1024x1024xf32>
    %cst_841 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3453 = stablehlo.reduce(%3452 init: %cst_841) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3454 = stablehlo.reshape %3453 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3455 = stablehlo.add %3413, %3441 : tensor<8x1024x1024xf32>
    %cst_842 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3456 = stablehlo.reduce(%3451 init: %cst_842) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_843 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3457 = stablehlo.reduce(%3454 init: %cst_843) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3458 = stablehlo.multiply %3456, %469 : tensor<8x1024xf32>
    %3459 = stablehlo.negate %3458 : tensor<8x1024xf32>
    %3460 = stablehlo.multiply %3459, %456 : tensor<8x1024xf32>
    %3461 = stablehlo.add %3457, %3460 : tensor<8x1024xf32>
    %cst_844 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3462 = stablehlo.broadcast_in_dim %cst_844, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3463 = stablehlo.divide %3458, %3462 : tensor<8x1024xf32>
    %3464 = stablehlo.broadcast_in_dim %3463, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_845 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3465 = stablehlo.broadcast_in_dim %cst_845, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3466 = stablehlo.divide %3461, %3465 : tensor<8x1024xf32>
    %3467 = stablehlo.broadcast_in_dim %3466, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %3468 = stablehlo.add %3455, %3467 : tensor<8x1024x1024xf32>
    %3469 = stablehlo.multiply %3464, %447 : tensor<8x1024x1024xf32>
    %3470 = stablehlo.add %3468, %3469 : tensor<8x1024x1024xf32>
    %cst_846 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3471 = stablehlo.reduce(%3470 init: %cst_846) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3472 = stablehlo.reshape %3471 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3473 = stablehlo.reshape %3472 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3474 = stablehlo.dot_general %3470, %439, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x1024xf32>) -> tensor<1024x1024xf32>
    %3475 = stablehlo.transpose %3474, dims = [1, 0] : (tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    %3476 = stablehlo.dot_general %3470, %arg54, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %3477 = stablehlo.reshape %3476 : (tensor<8x1024x1024xf32>) -> tensor<8x1024x16x64xf32>
    %3478 = stablehlo.transpose %3477, dims = [0, 2, 3, 1] : (tensor<8x1024x16x64xf32>) -> tensor<8x16x64x1024xf32>
    %3479 = stablehlo.dot_general %3478, %398, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %3480 = stablehlo.dot_general %3478, %433, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %3481 = stablehlo.transpose %3480, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %3482 = stablehlo.broadcast_in_dim %436, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %3483 = stablehlo.multiply %3479, %3482 : tensor<8x16x1024x1024xf32>
    %3484 = stablehlo.multiply %3483, %429 : tensor<8x16x1024x1024xf32>
    %cst_847 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3485 = stablehlo.reduce(%3484 init: %cst_847) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %3486 = stablehlo.reshape %3485 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %3487 = stablehlo.negate %3486 : tensor<8x16x1024x1xf32>
    %3488 = stablehlo.broadcast_in_dim %431, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %3489 = stablehlo.divide %3479, %3488 : tensor<8x16x1024x1024xf32>
    %cst_848 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3490 = stablehlo.reduce(%3487 init: %cst_848) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %3491 = stablehlo.broadcast_in_dim %3490, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %3492 = stablehlo.add %3489, %3491 : tensor<8x16x1024x1024xf32>
    %3493 = stablehlo.multiply %3492, %429 : tensor<8x16x1024x1024xf32>
    %3494 = call @_where_7(%407#1, %407#2, %3493) : (tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %3495 = stablehlo.broadcast_in_dim %401, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %3496 = stablehlo.divide %3494, %3495 : tensor<8x16x1024x1024xf32>
    %3497 = stablehlo.dot_general %3496, %390, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %3498 = stablehlo.transpose %3497, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %3499 = stablehlo.dot_general %3496, %392, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %3500 = stablehlo.transpose %3499, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %cst_849 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3501 = stablehlo.reduce(%3481 init: %cst_849) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3502 = stablehlo.reshape %3501 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_850 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3503 = stablehlo.reduce(%3502 init: %cst_850) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3504 = stablehlo.reshape %3503 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %3505 = stablehlo.broadcast_in_dim %3481, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_851 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3506 = stablehlo.pad %3505, %cst_851, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3507 = stablehlo.broadcast_in_dim %3498, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_852 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3508 = stablehlo.pad %3507, %cst_852, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3509 = stablehlo.add %3506, %3508 : tensor<8x1024x16x3x64xf32>
    %cst_853 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3510 = stablehlo.reduce(%3500 init: %cst_853) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3511 = stablehlo.reshape %3510 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_854 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3512 = stablehlo.reduce(%3511 init: %cst_854) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3513 = stablehlo.reshape %3512 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %3514 = stablehlo.broadcast_in_dim %3500, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_855 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3515 = stablehlo.pad %3514, %cst_855, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3516 = stablehlo.add %3509, %3515 : tensor<8x1024x16x3x64xf32>
    %3517 = stablehlo.reshape %3516 : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x3072xf32>
    %3518 = stablehlo.dot_general %3517, %382, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<8x1024x1024xf32>) -> tensor<3072x1024xf32>
    %3519 = stablehlo.transpose %3518, dims = [1, 0] : (tensor<3072x1024xf32>) -> tensor<1024x3072xf32>
    %3520 = stablehlo.dot_general %3517, %arg52, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x1024xf32>
    %cst_856 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3521 = stablehlo.reduce(%3520 init: %cst_856) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3522 = stablehlo.reshape %3521 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3523 = stablehlo.reshape %3522 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3524 = stablehlo.multiply %368, %3520 : tensor<8x1024x1024xf32>
    %3525 = stablehlo.multiply %3520, %378 : tensor<8x1024x1024xf32>
    %3526 = stablehlo.broadcast_in_dim %371, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %3527 = stablehlo.multiply %3526, %3524 : tensor<8x1024x1024xf32>
    %cst_857 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3528 = stablehlo.reduce(%3527 init: %cst_857) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3529 = stablehlo.reshape %3528 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3530 = stablehlo.broadcast_in_dim %375, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %3531 = stablehlo.multiply %3524, %3530 : tensor<8x1024x1024xf32>
    %cst_858 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3532 = stablehlo.reduce(%3531 init: %cst_858) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3533 = stablehlo.reshape %3532 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3534 = stablehlo.reshape %3529 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3535 = stablehlo.multiply %3533, %374 : tensor<8x1024x1xf32>
    %3536 = stablehlo.negate %3525 : tensor<8x1024x1024xf32>
    %cst_859 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3537 = stablehlo.reduce(%3536 init: %cst_859) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3538 = stablehlo.reshape %3537 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3539 = stablehlo.add %3470, %3525 : tensor<8x1024x1024xf32>
    %cst_860 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3540 = stablehlo.reduce(%3535 init: %cst_860) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_861 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3541 = stablehlo.reduce(%3538 init: %cst_861) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3542 = stablehlo.multiply %3540, %364 : tensor<8x1024xf32>
    %3543 = stablehlo.negate %3542 : tensor<8x1024xf32>
    %3544 = stablehlo.multiply %3543, %351 : tensor<8x1024xf32>
    %3545 = stablehlo.add %3541, %3544 : tensor<8x1024xf32>
    %cst_862 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3546 = stablehlo.broadcast_in_dim %cst_862, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3547 = stablehlo.divide %3542, %3546 : tensor<8x1024xf32>
    %3548 = stablehlo.broadcast_in_dim %3547, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_863 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3549 = stablehlo.broadcast_in_dim %cst_863, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3550 = stablehlo.divide %3545, %3549 : tensor<8x1024xf32>
    %3551 = stablehlo.broadcast_in_dim %3550, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %3552 = stablehlo.add %3539, %3551 : tensor<8x1024x1024xf32>
    %3553 = stablehlo.multiply %3548, %342 : tensor<8x1024x1024xf32>
    %3554 = stablehlo.add %3552, %3553 : tensor<8x1024x1024xf32>
    %cst_864 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3555 = stablehlo.reduce(%3554 init: %cst_864) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3556 = stablehlo.reshape %3555 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3557 = stablehlo.reshape %3556 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3558 = stablehlo.dot_general %3554, %334, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x4096xf32>) -> tensor<1024x4096xf32>
    %3559 = stablehlo.transpose %3558, dims = [1, 0] : (tensor<1024x4096xf32>) -> tensor<4096x1024xf32>
    %3560 = stablehlo.dot_general %3554, %arg21, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x4096xf32>
    %3561 = stablehlo.multiply %326, %3560 : tensor<8x1024x4096xf32>
    %3562 = stablehlo.multiply %3560, %330 : tensor<8x1024x4096xf32>
    %cst_865 = stablehlo.constant dense<-1.12837923> : tensor<f32>
    %3563 = stablehlo.broadcast_in_dim %cst_865, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3564 = stablehlo.multiply %3563, %3561 : tensor<8x1024x4096xf32>
    %3565 = stablehlo.multiply %3564, %333 : tensor<8x1024x4096xf32>
    %cst_866 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %3566 = stablehlo.broadcast_in_dim %cst_866, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3567 = stablehlo.multiply %3565, %3566 : tensor<8x1024x4096xf32>
    %3568 = stablehlo.negate %3567 : tensor<8x1024x4096xf32>
    %cst_867 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %3569 = stablehlo.broadcast_in_dim %cst_867, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3570 = stablehlo.multiply %3569, %3562 : tensor<8x1024x4096xf32>
    %3571 = stablehlo.add %3568, %3570 : tensor<8x1024x4096xf32>
    %cst_868 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3572 = stablehlo.reduce(%3571 init: %cst_868) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x4096xf32>, tensor<f32>) -> tensor<4096xf32>
    %3573 = stablehlo.reshape %3572 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %3574 = stablehlo.reshape %3573 : (tensor<1x1x4096xf32>) -> tensor<4096xf32>
    %3575 = stablehlo.dot_general %3571, %320, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<8x1024x1024xf32>) -> tensor<4096x1024xf32>
    %3576 = stablehlo.transpose %3575, dims = [1, 0] : (tensor<4096x1024xf32>) -> tensor<1024x4096xf32>
    %3577 = stablehlo.dot_general %3571, %arg19, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x1024xf32>
    %cst_869 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3578 = stablehlo.reduce(%3577 init: %cst_869) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3579 = stablehlo.reshape %3578 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3580 = stablehlo.reshape %3579 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3581 = stablehlo.multiply %306, %3577 : tensor<8x1024x1024xf32>
    %3582 = stablehlo.multiply %3577, %316 : tensor<8x1024x1024xf32>
    %3583 = stablehlo.broadcast_in_dim %309, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %3584 = stablehlo.multiply %3583, %3581 : tensor<8x1024x1024xf32>
    %cst_870 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3585 = stablehlo.reduce(%3584 init: %cst_870) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3586 = stablehlo.reshape %3585 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3587 = stablehlo.broadcast_in_dim %313, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %3588 = stablehlo.multiply %3581, %3587 : tensor<8x1024x1024xf32>
    %cst_871 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3589 = stablehlo.reduce(%3588 init: %cst_871) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3590 = stablehlo.reshape %3589 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3591 = stablehlo.reshape %3586 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3592 = stablehlo.multiply %3590, %312 : tensor<8x1024x1xf32>
    %3593 = stablehlo.negate %3582 : tensor<8x1024x1024xf32>
    %cst_872 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3594 = stablehlo.reduce(%3593 init: %cst_872) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3595 = stablehlo.reshape %3594 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3596 = stablehlo.add %3554, %3582 : tensor<8x1024x1024xf32>
    %cst_873 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3597 = stablehlo.reduce(%3592 init: %cst_873) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_874 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3598 = stablehlo.reduce(%3595 init: %cst_874) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3599 = stablehlo.multiply %3597, %302 : tensor<8x1024xf32>
    %3600 = stablehlo.negate %3599 : tensor<8x1024xf32>
    %3601 = stablehlo.multiply %3600, %289 : tensor<8x1024xf32>
    %3602 = stablehlo.add %3598, %3601 : tensor<8x1024xf32>
    %cst_875 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3603 = stablehlo.broadcast_in_dim %cst_875, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3604 = stablehlo.divide %3599, %3603 : tensor<8x1024xf32>
    %3605 = stablehlo.broadcast_in_dim %3604, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_876 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3606 = stablehlo.broadcast_in_dim %cst_876, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3607 = stablehlo.divide %3602, %3606 : tensor<8x1024xf32>
    %3608 = stablehlo.broadcast_in_dim %3607, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %3609 = stablehlo.add %3596, %3608 : tensor<8x1024x1024xf32>
    %3610 = stablehlo.multiply %3605, %280 : tensor<8x1024x1024xf32>
    %3611 = stablehlo.add %3609, %3610 : tensor<8x1024x1024xf32>
    %cst_877 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3612 = stablehlo.reduce(%3611 init: %cst_877) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3613 = stablehlo.reshape %3612 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3614 = stablehlo.reshape %3613 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3615 = stablehlo.dot_general %3611, %272, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x1024xf32>) -> tensor<1024x1024xf32>
    %3616 = stablehlo.transpose %3615, dims = [1, 0] : (tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    %3617 = stablehlo.dot_general %3611, %arg15, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %3618 = stablehlo.reshape %3617 : (tensor<8x1024x1024xf32>) -> tensor<8x1024x16x64xf32>
    %3619 = stablehlo.transpose %3618, dims = [0, 2, 3, 1] : (tensor<8x1024x16x64xf32>) -> tensor<8x16x64x1024xf32>
    %3620 = stablehlo.dot_general %3619, %231, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %3621 = stablehlo.dot_general %3619, %266, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %3622 = stablehlo.transpose %3621, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %3623 = stablehlo.broadcast_in_dim %269, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %3624 = stablehlo.multiply %3620, %3623 : tensor<8x16x1024x1024xf32>
    %3625 = stablehlo.multiply %3624, %262 : tensor<8x16x1024x1024xf32>
    %cst_878 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3626 = stablehlo.reduce(%3625 init: %cst_878) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %3627 = stablehlo.reshape %3626 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %3628 = stablehlo.negate %3627 : tensor<8x16x1024x1xf32>
    %3629 = stablehlo.broadcast_in_dim %264, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %3630 = stablehlo.divide %3620, %3629 : tensor<8x16x1024x1024xf32>
    %cst_879 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3631 = stablehlo.reduce(%3628 init: %cst_879) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %3632 = stablehlo.broadcast_in_dim %3631, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %3633 = stablehlo.add %3630, %3632 : tensor<8x16x1024x1024xf32>
    %3634 = stablehlo.multiply %3633, %262 : tensor<8x16x1024x1024xf32>
    %3635 = call @_where_7(%240#1, %240#2, %3634) : (tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %3636 = stablehlo.broadcast_in_dim %234, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %3637 = stablehlo.divide %3635, %3636 : tensor<8x16x1024x1024xf32>
    %3638 = stablehlo.dot_general %3637, %223, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %3639 = stablehlo.transpose %3638, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %3640 = stablehlo.dot_general %3637, %225, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %3641 = stablehlo.transpose %3640, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %cst_880 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3642 = stablehlo.reduce(%3622 init: %cst_880) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3643 = stablehlo.reshape %3642 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_881 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3644 = stablehlo.reduce(%3643 init: %cst_881) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3645 = stablehlo.reshape %3644 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %3646 = stablehlo.broadcast_in_dim %3622, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_882 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3647 = stablehlo.pad %3646, %cst_882, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3648 = stablehlo.broadcast_in_dim %3639, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_883 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3649 = stablehlo.pad %3648, %cst_883, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3650 = stablehlo.add %3647, %3649 : tensor<8x1024x16x3x64xf32>
    %cst_884 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3651 = stablehlo.reduce(%3641 init: %cst_884) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3652 = stablehlo.reshape %3651 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_885 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3653 = stablehlo.reduce(%3652 init: %cst_885) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3654 = stablehlo.reshape %3653 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %3655 = stablehlo.broadcast_in_dim %3641, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_886 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3656 = stablehlo.pad %3655, %cst_886, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3657 = stablehlo.add %3650, %3656 : tensor<8x1024x16x3x64xf32>
    %3658 = stablehlo.reshape %3657 : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x3072xf32>
    %3659 = stablehlo.dot_general %3658, %215, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<8x1024x1024xf32>) -> tensor<3072x1024xf32>
    %3660 = stablehlo.transpose %3659, dims = [1, 0] : (tensor<3072x1024xf32>) -> tensor<1024x3072xf32>
    %3661 = stablehlo.dot_general %3658, %arg13, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x1024xf32>
    %cst_887 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3662 = stablehlo.reduce(%3661 init: %cst_887) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3663 = stablehlo.reshape %3662 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3664 = stablehlo.reshape %3663 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3665 = stablehlo.multiply %201, %3661 : tensor<8x1024x1024xf32>
    %3666 = stablehlo.multiply %3661, %211 : tensor<8x1024x1024xf32>
    %3667 = stablehlo.broadcast_in_dim %204, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %3668 = stablehlo.multiply %3667, %3665 : tensor<8x1024x1024xf32>
    %cst_888 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3669 = stablehlo.reduce(%3668 init: %cst_888) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3670 = stablehlo.reshape %3669 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3671 = stablehlo.broadcast_in_dim %208, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %3672 = stablehlo.multiply %3665, %3671 : tensor<8x1024x1024xf32>
    %cst_889 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3673 = stablehlo.reduce(%3672 init: %cst_889) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3674 = stablehlo.reshape %3673 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3675 = stablehlo.reshape %3670 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3676 = stablehlo.multiply %3674, %207 : tensor<8x1024x1xf32>
    %3677 = stablehlo.negate %3666 : tensor<8x1024x1024xf32>
    %cst_890 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3678 = stablehlo.reduce(%3677 init: %cst_890) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3679 = stablehlo.reshape %3678 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3680 = stablehlo.add %3611, %3666 : tensor<8x1024x1024xf32>
    %cst_891 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3681 = stablehlo.reduce(%3676 init: %cst_891) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_892 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3682 = stablehlo.reduce(%3679 init: %cst_892) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3683 = stablehlo.multiply %3681, %197 : tensor<8x1024xf32>
    %3684 = stablehlo.negate %3683 : tensor<8x1024xf32>
    %3685 = stablehlo.multiply %3684, %184 : tensor<8x1024xf32>
    %3686 = stablehlo.add %3682, %3685 : tensor<8x1024xf32>
    %cst_893 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3687 = stablehlo.broadcast_in_dim %cst_893, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3688 = stablehlo.divide %3683, %3687 : tensor<8x1024xf32>
    %3689 = stablehlo.broadcast_in_dim %3688, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_894 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3690 = stablehlo.broadcast_in_dim %cst_894, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3691 = stablehlo.divide %3686, %3690 : tensor<8x1024xf32>
    %3692 = stablehlo.broadcast_in_dim %3691, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %3693 = stablehlo.add %3680, %3692 : tensor<8x1024x1024xf32>
    %3694 = stablehlo.multiply %3689, %175 : tensor<8x1024x1024xf32>
    %3695 = stablehlo.add %3693, %3694 : tensor<8x1024x1024xf32>
    %cst_895 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3696 = stablehlo.reduce(%3695 init: %cst_895) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3697 = stablehlo.reshape %3696 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3698 = stablehlo.reshape %3697 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3699 = stablehlo.dot_general %3695, %167, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x4096xf32>) -> tensor<1024x4096xf32>
    %3700 = stablehlo.transpose %3699, dims = [1, 0] : (tensor<1024x4096xf32>) -> tensor<4096x1024xf32>
    %3701 = stablehlo.dot_general %3695, %arg8, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<4096x1024xf32>) -> tensor<8x1024x4096xf32>
    %3702 = stablehlo.multiply %159, %3701 : tensor<8x1024x4096xf32>
    %3703 = stablehlo.multiply %3701, %163 : tensor<8x1024x4096xf32>
    %cst_896 = stablehlo.constant dense<-1.12837923> : tensor<f32>
    %3704 = stablehlo.broadcast_in_dim %cst_896, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3705 = stablehlo.multiply %3704, %3702 : tensor<8x1024x4096xf32>
    %3706 = stablehlo.multiply %3705, %166 : tensor<8x1024x4096xf32>
    %cst_897 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %3707 = stablehlo.broadcast_in_dim %cst_897, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3708 = stablehlo.multiply %3706, %3707 : tensor<8x1024x4096xf32>
    %3709 = stablehlo.negate %3708 : tensor<8x1024x4096xf32>
    %cst_898 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %3710 = stablehlo.broadcast_in_dim %cst_898, dims = [] : (tensor<f32>) -> tensor<8x1024x4096xf32>
    %3711 = stablehlo.multiply %3710, %3703 : tensor<8x1024x4096xf32>
    %3712 = stablehlo.add %3709, %3711 : tensor<8x1024x4096xf32>
    %cst_899 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3713 = stablehlo.reduce(%3712 init: %cst_899) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x4096xf32>, tensor<f32>) -> tensor<4096xf32>
    %3714 = stablehlo.reshape %3713 : (tensor<4096xf32>) -> tensor<1x1x4096xf32>
    %3715 = stablehlo.reshape %3714 : (tensor<1x1x4096xf32>) -> tensor<4096xf32>
    %3716 = stablehlo.dot_general %3712, %153, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<8x1024x1024xf32>) -> tensor<4096x1024xf32>
    %3717 = stablehlo.transpose %3716, dims = [1, 0] : (tensor<4096x1024xf32>) -> tensor<1024x4096xf32>
    %3718 = stablehlo.dot_general %3712, %arg6, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x4096xf32>, tensor<1024x4096xf32>) -> tensor<8x1024x1024xf32>
    %cst_900 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3719 = stablehlo.reduce(%3718 init: %cst_900) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3720 = stablehlo.reshape %3719 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3721 = stablehlo.reshape %3720 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3722 = stablehlo.multiply %139, %3718 : tensor<8x1024x1024xf32>
    %3723 = stablehlo.multiply %3718, %149 : tensor<8x1024x1024xf32>
    %3724 = stablehlo.broadcast_in_dim %142, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %3725 = stablehlo.multiply %3724, %3722 : tensor<8x1024x1024xf32>
    %cst_901 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3726 = stablehlo.reduce(%3725 init: %cst_901) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3727 = stablehlo.reshape %3726 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3728 = stablehlo.broadcast_in_dim %146, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %3729 = stablehlo.multiply %3722, %3728 : tensor<8x1024x1024xf32>
    %cst_902 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3730 = stablehlo.reduce(%3729 init: %cst_902) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3731 = stablehlo.reshape %3730 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3732 = stablehlo.reshape %3727 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3733 = stablehlo.multiply %3731, %145 : tensor<8x1024x1xf32>
    %3734 = stablehlo.negate %3723 : tensor<8x1024x1024xf32>
    %cst_903 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3735 = stablehlo.reduce(%3734 init: %cst_903) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3736 = stablehlo.reshape %3735 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3737 = stablehlo.add %3695, %3723 : tensor<8x1024x1024xf32>
    %cst_904 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3738 = stablehlo.reduce(%3733 init: %cst_904) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_905 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3739 = stablehlo.reduce(%3736 init: %cst_905) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3740 = stablehlo.multiply %3738, %135 : tensor<8x1024xf32>
    %3741 = stablehlo.negate %3740 : tensor<8x1024xf32>
    %3742 = stablehlo.multiply %3741, %122 : tensor<8x1024xf32>
    %3743 = stablehlo.add %3739, %3742 : tensor<8x1024xf32>
    %cst_906 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3744 = stablehlo.broadcast_in_dim %cst_906, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3745 = stablehlo.divide %3740, %3744 : tensor<8x1024xf32>
    %3746 = stablehlo.broadcast_in_dim %3745, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_907 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3747 = stablehlo.broadcast_in_dim %cst_907, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3748 = stablehlo.divide %3743, %3747 : tensor<8x1024xf32>
    %3749 = stablehlo.broadcast_in_dim %3748, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %3750 = stablehlo.add %3737, %3749 : tensor<8x1024x1024xf32>
    %3751 = stablehlo.multiply %3746, %113 : tensor<8x1024x1024xf32>
    %3752 = stablehlo.add %3750, %3751 : tensor<8x1024x1024xf32>
    %cst_908 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3753 = stablehlo.reduce(%3752 init: %cst_908) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3754 = stablehlo.reshape %3753 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3755 = stablehlo.reshape %3754 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3756 = stablehlo.dot_general %3752, %105, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<8x1024x1024xf32>) -> tensor<1024x1024xf32>
    %3757 = stablehlo.transpose %3756, dims = [1, 0] : (tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    %3758 = stablehlo.dot_general %3752, %arg2, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<8x1024x1024xf32>
    %3759 = stablehlo.reshape %3758 : (tensor<8x1024x1024xf32>) -> tensor<8x1024x16x64xf32>
    %3760 = stablehlo.transpose %3759, dims = [0, 2, 3, 1] : (tensor<8x1024x16x64xf32>) -> tensor<8x16x64x1024xf32>
    %3761 = stablehlo.dot_general %3760, %64, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x1024xf32>
    %3762 = stablehlo.dot_general %3760, %99, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<8x16x64x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x64x1024xf32>
    %3763 = stablehlo.transpose %3762, dims = [0, 3, 1, 2] : (tensor<8x16x64x1024xf32>) -> tensor<8x1024x16x64xf32>
    %3764 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %3765 = stablehlo.multiply %3761, %3764 : tensor<8x16x1024x1024xf32>
    %3766 = stablehlo.multiply %3765, %95 : tensor<8x16x1024x1024xf32>
    %cst_909 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3767 = stablehlo.reduce(%3766 init: %cst_909) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1024xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %3768 = stablehlo.reshape %3767 : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1xf32>
    %3769 = stablehlo.negate %3768 : tensor<8x16x1024x1xf32>
    %3770 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2, 3] : (tensor<8x16x1024x1xf32>) -> tensor<8x16x1024x1024xf32>
    %3771 = stablehlo.divide %3761, %3770 : tensor<8x16x1024x1024xf32>
    %cst_910 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3772 = stablehlo.reduce(%3769 init: %cst_910) applies stablehlo.add across dimensions = [3] : (tensor<8x16x1024x1xf32>, tensor<f32>) -> tensor<8x16x1024xf32>
    %3773 = stablehlo.broadcast_in_dim %3772, dims = [0, 1, 2] : (tensor<8x16x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %3774 = stablehlo.add %3771, %3773 : tensor<8x16x1024x1024xf32>
    %3775 = stablehlo.multiply %3774, %95 : tensor<8x16x1024x1024xf32>
    %3776 = call @_where_7(%73#1, %73#2, %3775) : (tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xf32>
    %3777 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %3778 = stablehlo.divide %3776, %3777 : tensor<8x16x1024x1024xf32>
    %3779 = stablehlo.dot_general %3778, %56, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %3780 = stablehlo.transpose %3779, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %3781 = stablehlo.dot_general %3778, %58, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x16x1024x1024xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x16x1024x64xf32>
    %3782 = stablehlo.transpose %3781, dims = [0, 2, 1, 3] : (tensor<8x16x1024x64xf32>) -> tensor<8x1024x16x64xf32>
    %cst_911 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3783 = stablehlo.reduce(%3763 init: %cst_911) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3784 = stablehlo.reshape %3783 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_912 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3785 = stablehlo.reduce(%3784 init: %cst_912) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3786 = stablehlo.reshape %3785 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %3787 = stablehlo.broadcast_in_dim %3763, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_913 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3788 = stablehlo.pad %3787, %cst_913, low = [0, 0, 0, 2, 0], high = [0, 0, 0, 0, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3789 = stablehlo.broadcast_in_dim %3780, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_914 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3790 = stablehlo.pad %3789, %cst_914, low = [0, 0, 0, 1, 0], high = [0, 0, 0, 1, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3791 = stablehlo.add %3788, %3790 : tensor<8x1024x16x3x64xf32>
    %cst_915 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3792 = stablehlo.reduce(%3782 init: %cst_915) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3793 = stablehlo.reshape %3792 : (tensor<16x64xf32>) -> tensor<1x1x16x64xf32>
    %cst_916 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3794 = stablehlo.reduce(%3793 init: %cst_916) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x16x64xf32>, tensor<f32>) -> tensor<16x64xf32>
    %3795 = stablehlo.reshape %3794 : (tensor<16x64xf32>) -> tensor<1024xf32>
    %3796 = stablehlo.broadcast_in_dim %3782, dims = [0, 1, 2, 4] : (tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x1x64xf32>
    %cst_917 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3797 = stablehlo.pad %3796, %cst_917, low = [0, 0, 0, 0, 0], high = [0, 0, 0, 2, 0], interior = [0, 0, 0, 0, 0] : (tensor<8x1024x16x1x64xf32>, tensor<f32>) -> tensor<8x1024x16x3x64xf32>
    %3798 = stablehlo.add %3791, %3797 : tensor<8x1024x16x3x64xf32>
    %3799 = stablehlo.reshape %3798 : (tensor<8x1024x16x3x64xf32>) -> tensor<8x1024x3072xf32>
    %3800 = stablehlo.dot_general %3799, %48, contracting_dims = [0, 1] x [0, 1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<8x1024x1024xf32>) -> tensor<3072x1024xf32>
    %3801 = stablehlo.transpose %3800, dims = [1, 0] : (tensor<3072x1024xf32>) -> tensor<1024x3072xf32>
    %3802 = stablehlo.dot_general %3799, %arg0, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x1024x3072xf32>, tensor<1024x3072xf32>) -> tensor<8x1024x1024xf32>
    %cst_918 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3803 = stablehlo.reduce(%3802 init: %cst_918) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3804 = stablehlo.reshape %3803 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3805 = stablehlo.reshape %3804 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3806 = stablehlo.multiply %34, %3802 : tensor<8x1024x1024xf32>
    %3807 = stablehlo.multiply %3802, %44 : tensor<8x1024x1024xf32>
    %3808 = stablehlo.broadcast_in_dim %37, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x1024xf32>
    %3809 = stablehlo.multiply %3808, %3806 : tensor<8x1024x1024xf32>
    %cst_919 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3810 = stablehlo.reduce(%3809 init: %cst_919) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024xf32>
    %3811 = stablehlo.reshape %3810 : (tensor<1024xf32>) -> tensor<1x1x1024xf32>
    %3812 = stablehlo.broadcast_in_dim %41, dims = [0, 1, 2] : (tensor<1x1x1024xf32>) -> tensor<8x1024x1024xf32>
    %3813 = stablehlo.multiply %3806, %3812 : tensor<8x1024x1024xf32>
    %cst_920 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3814 = stablehlo.reduce(%3813 init: %cst_920) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3815 = stablehlo.reshape %3814 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3816 = stablehlo.reshape %3811 : (tensor<1x1x1024xf32>) -> tensor<1024xf32>
    %3817 = stablehlo.multiply %3815, %40 : tensor<8x1024x1xf32>
    %3818 = stablehlo.negate %3807 : tensor<8x1024x1024xf32>
    %cst_921 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3819 = stablehlo.reduce(%3818 init: %cst_921) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3820 = stablehlo.reshape %3819 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %3821 = stablehlo.add %3752, %3807 : tensor<8x1024x1024xf32>
    %cst_922 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3822 = stablehlo.reduce(%3817 init: %cst_922) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %cst_923 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3823 = stablehlo.reduce(%3820 init: %cst_923) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3824 = stablehlo.multiply %3822, %30 : tensor<8x1024xf32>
    %3825 = stablehlo.negate %3824 : tensor<8x1024xf32>
    %3826 = stablehlo.multiply %3825, %17 : tensor<8x1024xf32>
    %3827 = stablehlo.add %3823, %3826 : tensor<8x1024xf32>
    %cst_924 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3828 = stablehlo.broadcast_in_dim %cst_924, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3829 = stablehlo.divide %3824, %3828 : tensor<8x1024xf32>
    %3830 = stablehlo.broadcast_in_dim %3829, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %cst_925 = stablehlo.constant dense<1.024000e+03> : tensor<f32>
    %3831 = stablehlo.broadcast_in_dim %cst_925, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %3832 = stablehlo.divide %3827, %3831 : tensor<8x1024xf32>
    %3833 = stablehlo.broadcast_in_dim %3832, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1024xf32>
    %3834 = stablehlo.add %3821, %3833 : tensor<8x1024x1024xf32>
    %3835 = stablehlo.multiply %3830, %8 : tensor<8x1024x1024xf32>
    %3836 = stablehlo.add %3834, %3835 : tensor<8x1024x1024xf32>
    %cst_926 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3837 = stablehlo.reduce(%3836 init: %cst_926) applies stablehlo.add across dimensions = [0] : (tensor<8x1024x1024xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3838 = stablehlo.reshape %3837 : (tensor<1024x1024xf32>) -> tensor<1x1024x1024xf32>
    %cst_927 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3839 = stablehlo.reduce(%3838 init: %cst_927) applies stablehlo.add across dimensions = [0] : (tensor<1x1024x1024xf32>, tensor<f32>) -> tensor<1024x1024xf32>
    %3840 = call @_take_8(%2#1, %3839) : (tensor<1024x1xi32>, tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    %3841 = call @_take_9(%1#1, %3836) : (tensor<8x1024x1xi32>, tensor<8x1024x1024xf32>) -> tensor<51200x1024xf32>
    %3842 = stablehlo.add %2111, %3841 : tensor<51200x1024xf32>
    %cst_928 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3843 = stablehlo.broadcast_in_dim %cst_928, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %3844 = stablehlo.multiply %3843, %3801 : tensor<1024x3072xf32>
    %cst_929 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3845 = stablehlo.broadcast_in_dim %cst_929, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %3846 = stablehlo.multiply %3845, %arg161 : tensor<1024x3072xf32>
    %3847 = stablehlo.add %3844, %3846 : tensor<1024x3072xf32>
    %cst_930 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3848 = stablehlo.broadcast_in_dim %cst_930, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3849 = stablehlo.multiply %3848, %3755 : tensor<1024xf32>
    %cst_931 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3850 = stablehlo.broadcast_in_dim %cst_931, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3851 = stablehlo.multiply %3850, %arg162 : tensor<1024xf32>
    %3852 = stablehlo.add %3849, %3851 : tensor<1024xf32>
    %cst_932 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3853 = stablehlo.broadcast_in_dim %cst_932, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3854 = stablehlo.multiply %3853, %3757 : tensor<1024x1024xf32>
    %cst_933 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3855 = stablehlo.broadcast_in_dim %cst_933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3856 = stablehlo.multiply %3855, %arg163 : tensor<1024x1024xf32>
    %3857 = stablehlo.add %3854, %3856 : tensor<1024x1024xf32>
    %cst_934 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3858 = stablehlo.broadcast_in_dim %cst_934, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3859 = stablehlo.multiply %3858, %3795 : tensor<1024xf32>
    %cst_935 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3860 = stablehlo.broadcast_in_dim %cst_935, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3861 = stablehlo.multiply %3860, %arg164 : tensor<1024xf32>
    %3862 = stablehlo.add %3859, %3861 : tensor<1024xf32>
    %cst_936 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3863 = stablehlo.broadcast_in_dim %cst_936, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3864 = stablehlo.multiply %3863, %3786 : tensor<1024xf32>
    %cst_937 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3865 = stablehlo.broadcast_in_dim %cst_937, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3866 = stablehlo.multiply %3865, %arg165 : tensor<1024xf32>
    %3867 = stablehlo.add %3864, %3866 : tensor<1024xf32>
    %cst_938 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3868 = stablehlo.broadcast_in_dim %cst_938, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %3869 = stablehlo.multiply %3868, %3715 : tensor<4096xf32>
    %cst_939 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3870 = stablehlo.broadcast_in_dim %cst_939, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %3871 = stablehlo.multiply %3870, %arg166 : tensor<4096xf32>
    %3872 = stablehlo.add %3869, %3871 : tensor<4096xf32>
    %cst_940 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3873 = stablehlo.broadcast_in_dim %cst_940, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %3874 = stablehlo.multiply %3873, %3717 : tensor<1024x4096xf32>
    %cst_941 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3875 = stablehlo.broadcast_in_dim %cst_941, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %3876 = stablehlo.multiply %3875, %arg167 : tensor<1024x4096xf32>
    %3877 = stablehlo.add %3874, %3876 : tensor<1024x4096xf32>
    %cst_942 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3878 = stablehlo.broadcast_in_dim %cst_942, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3879 = stablehlo.multiply %3878, %3698 : tensor<1024xf32>
    %cst_943 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3880 = stablehlo.broadcast_in_dim %cst_943, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3881 = stablehlo.multiply %3880, %arg168 : tensor<1024xf32>
    %3882 = stablehlo.add %3879, %3881 : tensor<1024xf32>
    %cst_944 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3883 = stablehlo.broadcast_in_dim %cst_944, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %3884 = stablehlo.multiply %3883, %3700 : tensor<4096x1024xf32>
    %cst_945 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3885 = stablehlo.broadcast_in_dim %cst_945, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %3886 = stablehlo.multiply %3885, %arg169 : tensor<4096x1024xf32>
    %3887 = stablehlo.add %3884, %3886 : tensor<4096x1024xf32>
    %cst_946 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3888 = stablehlo.broadcast_in_dim %cst_946, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3889 = stablehlo.multiply %3888, %3805 : tensor<1024xf32>
    %cst_947 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3890 = stablehlo.broadcast_in_dim %cst_947, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3891 = stablehlo.multiply %3890, %arg170 : tensor<1024xf32>
    %3892 = stablehlo.add %3889, %3891 : tensor<1024xf32>
    %cst_948 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3893 = stablehlo.broadcast_in_dim %cst_948, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3894 = stablehlo.multiply %3893, %3816 : tensor<1024xf32>
    %cst_949 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3895 = stablehlo.broadcast_in_dim %cst_949, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3896 = stablehlo.multiply %3895, %arg171 : tensor<1024xf32>
    %3897 = stablehlo.add %3894, %3896 : tensor<1024xf32>
    %cst_950 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3898 = stablehlo.broadcast_in_dim %cst_950, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3899 = stablehlo.multiply %3898, %3721 : tensor<1024xf32>
    %cst_951 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3900 = stablehlo.broadcast_in_dim %cst_951, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3901 = stablehlo.multiply %3900, %arg172 : tensor<1024xf32>
    %3902 = stablehlo.add %3899, %3901 : tensor<1024xf32>
    %cst_952 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3903 = stablehlo.broadcast_in_dim %cst_952, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3904 = stablehlo.multiply %3903, %3732 : tensor<1024xf32>
    %cst_953 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3905 = stablehlo.broadcast_in_dim %cst_953, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3906 = stablehlo.multiply %3905, %arg173 : tensor<1024xf32>
    %3907 = stablehlo.add %3904, %3906 : tensor<1024xf32>
    %cst_954 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3908 = stablehlo.broadcast_in_dim %cst_954, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %3909 = stablehlo.multiply %3908, %3660 : tensor<1024x3072xf32>
    %cst_955 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3910 = stablehlo.broadcast_in_dim %cst_955, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %3911 = stablehlo.multiply %3910, %arg174 : tensor<1024x3072xf32>
    %3912 = stablehlo.add %3909, %3911 : tensor<1024x3072xf32>
    %cst_956 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3913 = stablehlo.broadcast_in_dim %cst_956, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3914 = stablehlo.multiply %3913, %3614 : tensor<1024xf32>
    %cst_957 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3915 = stablehlo.broadcast_in_dim %cst_957, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3916 = stablehlo.multiply %3915, %arg175 : tensor<1024xf32>
    %3917 = stablehlo.add %3914, %3916 : tensor<1024xf32>
    %cst_958 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3918 = stablehlo.broadcast_in_dim %cst_958, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3919 = stablehlo.multiply %3918, %3616 : tensor<1024x1024xf32>
    %cst_959 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3920 = stablehlo.broadcast_in_dim %cst_959, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3921 = stablehlo.multiply %3920, %arg176 : tensor<1024x1024xf32>
    %3922 = stablehlo.add %3919, %3921 : tensor<1024x1024xf32>
    %cst_960 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3923 = stablehlo.broadcast_in_dim %cst_960, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3924 = stablehlo.multiply %3923, %3654 : tensor<1024xf32>
    %cst_961 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3925 = stablehlo.broadcast_in_dim %cst_961, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3926 = stablehlo.multiply %3925, %arg177 : tensor<1024xf32>
    %3927 = stablehlo.add %3924, %3926 : tensor<1024xf32>
    %cst_962 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3928 = stablehlo.broadcast_in_dim %cst_962, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3929 = stablehlo.multiply %3928, %3645 : tensor<1024xf32>
    %cst_963 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3930 = stablehlo.broadcast_in_dim %cst_963, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3931 = stablehlo.multiply %3930, %arg178 : tensor<1024xf32>
    %3932 = stablehlo.add %3929, %3931 : tensor<1024xf32>
    %cst_964 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3933 = stablehlo.broadcast_in_dim %cst_964, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %3934 = stablehlo.multiply %3933, %3574 : tensor<4096xf32>
    %cst_965 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3935 = stablehlo.broadcast_in_dim %cst_965, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %3936 = stablehlo.multiply %3935, %arg179 : tensor<4096xf32>
    %3937 = stablehlo.add %3934, %3936 : tensor<4096xf32>
    %cst_966 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3938 = stablehlo.broadcast_in_dim %cst_966, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %3939 = stablehlo.multiply %3938, %3576 : tensor<1024x4096xf32>
    %cst_967 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3940 = stablehlo.broadcast_in_dim %cst_967, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %3941 = stablehlo.multiply %3940, %arg180 : tensor<1024x4096xf32>
    %3942 = stablehlo.add %3939, %3941 : tensor<1024x4096xf32>
    %cst_968 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3943 = stablehlo.broadcast_in_dim %cst_968, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3944 = stablehlo.multiply %3943, %3557 : tensor<1024xf32>
    %cst_969 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3945 = stablehlo.broadcast_in_dim %cst_969, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3946 = stablehlo.multiply %3945, %arg181 : tensor<1024xf32>
    %3947 = stablehlo.add %3944, %3946 : tensor<1024xf32>
    %cst_970 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3948 = stablehlo.broadcast_in_dim %cst_970, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %3949 = stablehlo.multiply %3948, %3559 : tensor<4096x1024xf32>
    %cst_971 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3950 = stablehlo.broadcast_in_dim %cst_971, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %3951 = stablehlo.multiply %3950, %arg182 : tensor<4096x1024xf32>
    %3952 = stablehlo.add %3949, %3951 : tensor<4096x1024xf32>
    %cst_972 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3953 = stablehlo.broadcast_in_dim %cst_972, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3954 = stablehlo.multiply %3953, %3664 : tensor<1024xf32>
    %cst_973 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3955 = stablehlo.broadcast_in_dim %cst_973, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3956 = stablehlo.multiply %3955, %arg183 : tensor<1024xf32>
    %3957 = stablehlo.add %3954, %3956 : tensor<1024xf32>
    %cst_974 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3958 = stablehlo.broadcast_in_dim %cst_974, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3959 = stablehlo.multiply %3958, %3675 : tensor<1024xf32>
    %cst_975 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3960 = stablehlo.broadcast_in_dim %cst_975, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3961 = stablehlo.multiply %3960, %arg184 : tensor<1024xf32>
    %3962 = stablehlo.add %3959, %3961 : tensor<1024xf32>
    %cst_976 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3963 = stablehlo.broadcast_in_dim %cst_976, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3964 = stablehlo.multiply %3963, %3580 : tensor<1024xf32>
    %cst_977 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3965 = stablehlo.broadcast_in_dim %cst_977, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3966 = stablehlo.multiply %3965, %arg185 : tensor<1024xf32>
    %3967 = stablehlo.add %3964, %3966 : tensor<1024xf32>
    %cst_978 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3968 = stablehlo.broadcast_in_dim %cst_978, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3969 = stablehlo.multiply %3968, %3591 : tensor<1024xf32>
    %cst_979 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3970 = stablehlo.broadcast_in_dim %cst_979, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3971 = stablehlo.multiply %3970, %arg186 : tensor<1024xf32>
    %3972 = stablehlo.add %3969, %3971 : tensor<1024xf32>
    %cst_980 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3973 = stablehlo.broadcast_in_dim %cst_980, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %3974 = stablehlo.multiply %3973, %2391 : tensor<1024x3072xf32>
    %cst_981 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3975 = stablehlo.broadcast_in_dim %cst_981, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %3976 = stablehlo.multiply %3975, %arg187 : tensor<1024x3072xf32>
    %3977 = stablehlo.add %3974, %3976 : tensor<1024x3072xf32>
    %cst_982 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3978 = stablehlo.broadcast_in_dim %cst_982, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3979 = stablehlo.multiply %3978, %2345 : tensor<1024xf32>
    %cst_983 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3980 = stablehlo.broadcast_in_dim %cst_983, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3981 = stablehlo.multiply %3980, %arg188 : tensor<1024xf32>
    %3982 = stablehlo.add %3979, %3981 : tensor<1024xf32>
    %cst_984 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3983 = stablehlo.broadcast_in_dim %cst_984, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3984 = stablehlo.multiply %3983, %2347 : tensor<1024x1024xf32>
    %cst_985 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3985 = stablehlo.broadcast_in_dim %cst_985, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %3986 = stablehlo.multiply %3985, %arg189 : tensor<1024x1024xf32>
    %3987 = stablehlo.add %3984, %3986 : tensor<1024x1024xf32>
    %cst_986 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3988 = stablehlo.broadcast_in_dim %cst_986, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3989 = stablehlo.multiply %3988, %2385 : tensor<1024xf32>
    %cst_987 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3990 = stablehlo.broadcast_in_dim %cst_987, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3991 = stablehlo.multiply %3990, %arg190 : tensor<1024xf32>
    %3992 = stablehlo.add %3989, %3991 : tensor<1024xf32>
    %cst_988 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3993 = stablehlo.broadcast_in_dim %cst_988, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3994 = stablehlo.multiply %3993, %2376 : tensor<1024xf32>
    %cst_989 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %3995 = stablehlo.broadcast_in_dim %cst_989, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %3996 = stablehlo.multiply %3995, %arg191 : tensor<1024xf32>
    %3997 = stablehlo.add %3994, %3996 : tensor<1024xf32>
    %cst_990 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %3998 = stablehlo.broadcast_in_dim %cst_990, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %3999 = stablehlo.multiply %3998, %2305 : tensor<4096xf32>
    %cst_991 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4000 = stablehlo.broadcast_in_dim %cst_991, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4001 = stablehlo.multiply %4000, %arg192 : tensor<4096xf32>
    %4002 = stablehlo.add %3999, %4001 : tensor<4096xf32>
    %cst_992 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4003 = stablehlo.broadcast_in_dim %cst_992, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4004 = stablehlo.multiply %4003, %2307 : tensor<1024x4096xf32>
    %cst_993 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4005 = stablehlo.broadcast_in_dim %cst_993, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4006 = stablehlo.multiply %4005, %arg193 : tensor<1024x4096xf32>
    %4007 = stablehlo.add %4004, %4006 : tensor<1024x4096xf32>
    %cst_994 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4008 = stablehlo.broadcast_in_dim %cst_994, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4009 = stablehlo.multiply %4008, %2288 : tensor<1024xf32>
    %cst_995 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4010 = stablehlo.broadcast_in_dim %cst_995, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4011 = stablehlo.multiply %4010, %arg194 : tensor<1024xf32>
    %4012 = stablehlo.add %4009, %4011 : tensor<1024xf32>
    %cst_996 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4013 = stablehlo.broadcast_in_dim %cst_996, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4014 = stablehlo.multiply %4013, %2290 : tensor<4096x1024xf32>
    %cst_997 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4015 = stablehlo.broadcast_in_dim %cst_997, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4016 = stablehlo.multiply %4015, %arg195 : tensor<4096x1024xf32>
    %4017 = stablehlo.add %4014, %4016 : tensor<4096x1024xf32>
    %cst_998 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4018 = stablehlo.broadcast_in_dim %cst_998, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4019 = stablehlo.multiply %4018, %2395 : tensor<1024xf32>
    %cst_999 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4020 = stablehlo.broadcast_in_dim %cst_999, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4021 = stablehlo.multiply %4020, %arg196 : tensor<1024xf32>
    %4022 = stablehlo.add %4019, %4021 : tensor<1024xf32>
    %cst_1000 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4023 = stablehlo.broadcast_in_dim %cst_1000, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4024 = stablehlo.multiply %4023, %2406 : tensor<1024xf32>
    %cst_1001 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4025 = stablehlo.broadcast_in_dim %cst_1001, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4026 = stablehlo.multiply %4025, %arg197 : tensor<1024xf32>
    %4027 = stablehlo.add %4024, %4026 : tensor<1024xf32>
    %cst_1002 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4028 = stablehlo.broadcast_in_dim %cst_1002, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4029 = stablehlo.multiply %4028, %2311 : tensor<1024xf32>
    %cst_1003 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4030 = stablehlo.broadcast_in_dim %cst_1003, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4031 = stablehlo.multiply %4030, %arg198 : tensor<1024xf32>
    %4032 = stablehlo.add %4029, %4031 : tensor<1024xf32>
    %cst_1004 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4033 = stablehlo.broadcast_in_dim %cst_1004, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4034 = stablehlo.multiply %4033, %2322 : tensor<1024xf32>
    %cst_1005 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4035 = stablehlo.broadcast_in_dim %cst_1005, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4036 = stablehlo.multiply %4035, %arg199 : tensor<1024xf32>
    %4037 = stablehlo.add %4034, %4036 : tensor<1024xf32>
    %cst_1006 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4038 = stablehlo.broadcast_in_dim %cst_1006, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4039 = stablehlo.multiply %4038, %2250 : tensor<1024x3072xf32>
    %cst_1007 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4040 = stablehlo.broadcast_in_dim %cst_1007, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4041 = stablehlo.multiply %4040, %arg200 : tensor<1024x3072xf32>
    %4042 = stablehlo.add %4039, %4041 : tensor<1024x3072xf32>
    %cst_1008 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4043 = stablehlo.broadcast_in_dim %cst_1008, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4044 = stablehlo.multiply %4043, %2204 : tensor<1024xf32>
    %cst_1009 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4045 = stablehlo.broadcast_in_dim %cst_1009, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4046 = stablehlo.multiply %4045, %arg201 : tensor<1024xf32>
    %4047 = stablehlo.add %4044, %4046 : tensor<1024xf32>
    %cst_1010 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4048 = stablehlo.broadcast_in_dim %cst_1010, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4049 = stablehlo.multiply %4048, %2206 : tensor<1024x1024xf32>
    %cst_1011 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4050 = stablehlo.broadcast_in_dim %cst_1011, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4051 = stablehlo.multiply %4050, %arg202 : tensor<1024x1024xf32>
    %4052 = stablehlo.add %4049, %4051 : tensor<1024x1024xf32>
    %cst_1012 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4053 = stablehlo.broadcast_in_dim %cst_1012, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4054 = stablehlo.multiply %4053, %2244 : tensor<1024xf32>
    %cst_1013 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4055 = stablehlo.broadcast_in_dim %cst_1013, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4056 = stablehlo.multiply %4055, %arg203 : tensor<1024xf32>
    %4057 = stablehlo.add %4054, %4056 : tensor<1024xf32>
    %cst_1014 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4058 = stablehlo.broadcast_in_dim %cst_1014, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4059 = stablehlo.multiply %4058, %2235 : tensor<1024xf32>
    %cst_1015 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4060 = stablehlo.broadcast_in_dim %cst_1015, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4061 = stablehlo.multiply %4060, %arg204 : tensor<1024xf32>
    %4062 = stablehlo.add %4059, %4061 : tensor<1024xf32>
    %cst_1016 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4063 = stablehlo.broadcast_in_dim %cst_1016, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4064 = stablehlo.multiply %4063, %2164 : tensor<4096xf32>
    %cst_1017 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4065 = stablehlo.broadcast_in_dim %cst_1017, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4066 = stablehlo.multiply %4065, %arg205 : tensor<4096xf32>
    %4067 = stablehlo.add %4064, %4066 : tensor<4096xf32>
    %cst_1018 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4068 = stablehlo.broadcast_in_dim %cst_1018, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4069 = stablehlo.multiply %4068, %2166 : tensor<1024x4096xf32>
    %cst_1019 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4070 = stablehlo.broadcast_in_dim %cst_1019, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4071 = stablehlo.multiply %4070, %arg206 : tensor<1024x4096xf32>
    %4072 = stablehlo.add %4069, %4071 : tensor<1024x4096xf32>
    %cst_1020 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4073 = stablehlo.broadcast_in_dim %cst_1020, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4074 = stablehlo.multiply %4073, %2147 : tensor<1024xf32>
    %cst_1021 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4075 = stablehlo.broadcast_in_dim %cst_1021, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4076 = stablehlo.multiply %4075, %arg207 : tensor<1024xf32>
    %4077 = stablehlo.add %4074, %4076 : tensor<1024xf32>
    %cst_1022 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4078 = stablehlo.broadcast_in_dim %cst_1022, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4079 = stablehlo.multiply %4078, %2149 : tensor<4096x1024xf32>
    %cst_1023 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4080 = stablehlo.broadcast_in_dim %cst_1023, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4081 = stablehlo.multiply %4080, %arg208 : tensor<4096x1024xf32>
    %4082 = stablehlo.add %4079, %4081 : tensor<4096x1024xf32>
    %cst_1024 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4083 = stablehlo.broadcast_in_dim %cst_1024, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4084 = stablehlo.multiply %4083, %2254 : tensor<1024xf32>
    %cst_1025 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4085 = stablehlo.broadcast_in_dim %cst_1025, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4086 = stablehlo.multiply %4085, %arg209 : tensor<1024xf32>
    %4087 = stablehlo.add %4084, %4086 : tensor<1024xf32>
    %cst_1026 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4088 = stablehlo.broadcast_in_dim %cst_1026, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4089 = stablehlo.multiply %4088, %2265 : tensor<1024xf32>
    %cst_1027 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4090 = stablehlo.broadcast_in_dim %cst_1027, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4091 = stablehlo.multiply %4090, %arg210 : tensor<1024xf32>
    %4092 = stablehlo.add %4089, %4091 : tensor<1024xf32>
    %cst_1028 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4093 = stablehlo.broadcast_in_dim %cst_1028, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4094 = stablehlo.multiply %4093, %2170 : tensor<1024xf32>
    %cst_1029 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4095 = stablehlo.broadcast_in_dim %cst_1029, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4096 = stablehlo.multiply %4095, %arg211 : tensor<1024xf32>
    %4097 = stablehlo.add %4094, %4096 : tensor<1024xf32>
    %cst_1030 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4098 = stablehlo.broadcast_in_dim %cst_1030, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4099 = stablehlo.multiply %4098, %2181 : tensor<1024xf32>
    %cst_1031 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4100 = stablehlo.broadcast_in_dim %cst_1031, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4101 = stablehlo.multiply %4100, %arg212 : tensor<1024xf32>
    %4102 = stablehlo.add %4099, %4101 : tensor<1024xf32>
    %cst_1032 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4103 = stablehlo.broadcast_in_dim %cst_1032, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4104 = stablehlo.multiply %4103, %3519 : tensor<1024x3072xf32>
    %cst_1033 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4105 = stablehlo.broadcast_in_dim %cst_1033, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4106 = stablehlo.multiply %4105, %arg213 : tensor<1024x3072xf32>
    %4107 = stablehlo.add %4104, %4106 : tensor<1024x3072xf32>
    %cst_1034 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4108 = stablehlo.broadcast_in_dim %cst_1034, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4109 = stablehlo.multiply %4108, %3473 : tensor<1024xf32>
    %cst_1035 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4110 = stablehlo.broadcast_in_dim %cst_1035, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4111 = stablehlo.multiply %4110, %arg214 : tensor<1024xf32>
    %4112 = stablehlo.add %4109, %4111 : tensor<1024xf32>
    %cst_1036 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4113 = stablehlo.broadcast_in_dim %cst_1036, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4114 = stablehlo.multiply %4113, %3475 : tensor<1024x1024xf32>
    %cst_1037 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4115 = stablehlo.broadcast_in_dim %cst_1037, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4116 = stablehlo.multiply %4115, %arg215 : tensor<1024x1024xf32>
    %4117 = stablehlo.add %4114, %4116 : tensor<1024x1024xf32>
    %cst_1038 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4118 = stablehlo.broadcast_in_dim %cst_1038, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4119 = stablehlo.multiply %4118, %3513 : tensor<1024xf32>
    %cst_1039 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4120 = stablehlo.broadcast_in_dim %cst_1039, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4121 = stablehlo.multiply %4120, %arg216 : tensor<1024xf32>
    %4122 = stablehlo.add %4119, %4121 : tensor<1024xf32>
    %cst_1040 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4123 = stablehlo.broadcast_in_dim %cst_1040, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4124 = stablehlo.multiply %4123, %3504 : tensor<1024xf32>
    %cst_1041 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4125 = stablehlo.broadcast_in_dim %cst_1041, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4126 = stablehlo.multiply %4125, %arg217 : tensor<1024xf32>
    %4127 = stablehlo.add %4124, %4126 : tensor<1024xf32>
    %cst_1042 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4128 = stablehlo.broadcast_in_dim %cst_1042, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4129 = stablehlo.multiply %4128, %3433 : tensor<4096xf32>
    %cst_1043 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4130 = stablehlo.broadcast_in_dim %cst_1043, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4131 = stablehlo.multiply %4130, %arg218 : tensor<4096xf32>
    %4132 = stablehlo.add %4129, %4131 : tensor<4096xf32>
    %cst_1044 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4133 = stablehlo.broadcast_in_dim %cst_1044, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4134 = stablehlo.multiply %4133, %3435 : tensor<1024x4096xf32>
    %cst_1045 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4135 = stablehlo.broadcast_in_dim %cst_1045, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4136 = stablehlo.multiply %4135, %arg219 : tensor<1024x4096xf32>
    %4137 = stablehlo.add %4134, %4136 : tensor<1024x4096xf32>
    %cst_1046 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4138 = stablehlo.broadcast_in_dim %cst_1046, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4139 = stablehlo.multiply %4138, %3416 : tensor<1024xf32>
    %cst_1047 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4140 = stablehlo.broadcast_in_dim %cst_1047, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4141 = stablehlo.multiply %4140, %arg220 : tensor<1024xf32>
    %4142 = stablehlo.add %4139, %4141 : tensor<1024xf32>
    %cst_1048 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4143 = stablehlo.broadcast_in_dim %cst_1048, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4144 = stablehlo.multiply %4143, %3418 : tensor<4096x1024xf32>
    %cst_1049 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4145 = stablehlo.broadcast_in_dim %cst_1049, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4146 = stablehlo.multiply %4145, %arg221 : tensor<4096x1024xf32>
    %4147 = stablehlo.add %4144, %4146 : tensor<4096x1024xf32>
    %cst_1050 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4148 = stablehlo.broadcast_in_dim %cst_1050, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4149 = stablehlo.multiply %4148, %3523 : tensor<1024xf32>
    %cst_1051 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4150 = stablehlo.broadcast_in_dim %cst_1051, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4151 = stablehlo.multiply %4150, %arg222 : tensor<1024xf32>
    %4152 = stablehlo.add %4149, %4151 : tensor<1024xf32>
    %cst_1052 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4153 = stablehlo.broadcast_in_dim %cst_1052, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4154 = stablehlo.multiply %4153, %3534 : tensor<1024xf32>
    %cst_1053 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4155 = stablehlo.broadcast_in_dim %cst_1053, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4156 = stablehlo.multiply %4155, %arg223 : tensor<1024xf32>
    %4157 = stablehlo.add %4154, %4156 : tensor<1024xf32>
    %cst_1054 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4158 = stablehlo.broadcast_in_dim %cst_1054, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4159 = stablehlo.multiply %4158, %3439 : tensor<1024xf32>
    %cst_1055 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4160 = stablehlo.broadcast_in_dim %cst_1055, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4161 = stablehlo.multiply %4160, %arg224 : tensor<1024xf32>
    %4162 = stablehlo.add %4159, %4161 : tensor<1024xf32>
    %cst_1056 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4163 = stablehlo.broadcast_in_dim %cst_1056, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4164 = stablehlo.multiply %4163, %3450 : tensor<1024xf32>
    %cst_1057 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4165 = stablehlo.broadcast_in_dim %cst_1057, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4166 = stablehlo.multiply %4165, %arg225 : tensor<1024xf32>
    %4167 = stablehlo.add %4164, %4166 : tensor<1024xf32>
    %cst_1058 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4168 = stablehlo.broadcast_in_dim %cst_1058, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4169 = stablehlo.multiply %4168, %3378 : tensor<1024x3072xf32>
    %cst_1059 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4170 = stablehlo.broadcast_in_dim %cst_1059, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4171 = stablehlo.multiply %4170, %arg226 : tensor<1024x3072xf32>
    %4172 = stablehlo.add %4169, %4171 : tensor<1024x3072xf32>
    %cst_1060 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4173 = stablehlo.broadcast_in_dim %cst_1060, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4174 = stablehlo.multiply %4173, %3332 : tensor<1024xf32>
    %cst_1061 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4175 = stablehlo.broadcast_in_dim %cst_1061, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4176 = stablehlo.multiply %4175, %arg227 : tensor<1024xf32>
    %4177 = stablehlo.add %4174, %4176 : tensor<1024xf32>
    %cst_1062 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4178 = stablehlo.broadcast_in_dim %cst_1062, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4179 = stablehlo.multiply %4178, %3334 : tensor<1024x1024xf32>
    %cst_1063 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4180 = stablehlo.broadcast_in_dim %cst_1063, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4181 = stablehlo.multiply %4180, %arg228 : tensor<1024x1024xf32>
    %4182 = stablehlo.add %4179, %4181 : tensor<1024x1024xf32>
    %cst_1064 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4183 = stablehlo.broadcast_in_dim %cst_1064, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4184 = stablehlo.multiply %4183, %3372 : tensor<1024xf32>
    %cst_1065 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4185 = stablehlo.broadcast_in_dim %cst_1065, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4186 = stablehlo.multiply %4185, %arg229 : tensor<1024xf32>
    %4187 = stablehlo.add %4184, %4186 : tensor<1024xf32>
    %cst_1066 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4188 = stablehlo.broadcast_in_dim %cst_1066, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4189 = stablehlo.multiply %4188, %3363 : tensor<1024xf32>
    %cst_1067 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4190 = stablehlo.broadcast_in_dim %cst_1067, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4191 = stablehlo.multiply %4190, %arg230 : tensor<1024xf32>
    %4192 = stablehlo.add %4189, %4191 : tensor<1024xf32>
    %cst_1068 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4193 = stablehlo.broadcast_in_dim %cst_1068, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4194 = stablehlo.multiply %4193, %3292 : tensor<4096xf32>
    %cst_1069 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4195 = stablehlo.broadcast_in_dim %cst_1069, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4196 = stablehlo.multiply %4195, %arg231 : tensor<4096xf32>
    %4197 = stablehlo.add %4194, %4196 : tensor<4096xf32>
    %cst_1070 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4198 = stablehlo.broadcast_in_dim %cst_1070, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4199 = stablehlo.multiply %4198, %3294 : tensor<1024x4096xf32>
    %cst_1071 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4200 = stablehlo.broadcast_in_dim %cst_1071, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4201 = stablehlo.multiply %4200, %arg232 : tensor<1024x4096xf32>
    %4202 = stablehlo.add %4199, %4201 : tensor<1024x4096xf32>
    %cst_1072 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4203 = stablehlo.broadcast_in_dim %cst_1072, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4204 = stablehlo.multiply %4203, %3275 : tensor<1024xf32>
    %cst_1073 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4205 = stablehlo.broadcast_in_dim %cst_1073, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4206 = stablehlo.multiply %4205, %arg233 : tensor<1024xf32>
    %4207 = stablehlo.add %4204, %4206 : tensor<1024xf32>
    %cst_1074 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4208 = stablehlo.broadcast_in_dim %cst_1074, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4209 = stablehlo.multiply %4208, %3277 : tensor<4096x1024xf32>
    %cst_1075 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4210 = stablehlo.broadcast_in_dim %cst_1075, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4211 = stablehlo.multiply %4210, %arg234 : tensor<4096x1024xf32>
    %4212 = stablehlo.add %4209, %4211 : tensor<4096x1024xf32>
    %cst_1076 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4213 = stablehlo.broadcast_in_dim %cst_1076, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4214 = stablehlo.multiply %4213, %3382 : tensor<1024xf32>
    %cst_1077 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4215 = stablehlo.broadcast_in_dim %cst_1077, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4216 = stablehlo.multiply %4215, %arg235 : tensor<1024xf32>
    %4217 = stablehlo.add %4214, %4216 : tensor<1024xf32>
    %cst_1078 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4218 = stablehlo.broadcast_in_dim %cst_1078, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4219 = stablehlo.multiply %4218, %3393 : tensor<1024xf32>
    %cst_1079 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4220 = stablehlo.broadcast_in_dim %cst_1079, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4221 = stablehlo.multiply %4220, %arg236 : tensor<1024xf32>
    %4222 = stablehlo.add %4219, %4221 : tensor<1024xf32>
    %cst_1080 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4223 = stablehlo.broadcast_in_dim %cst_1080, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4224 = stablehlo.multiply %4223, %3298 : tensor<1024xf32>
    %cst_1081 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4225 = stablehlo.broadcast_in_dim %cst_1081, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4226 = stablehlo.multiply %4225, %arg237 : tensor<1024xf32>
    %4227 = stablehlo.add %4224, %4226 : tensor<1024xf32>
    %cst_1082 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4228 = stablehlo.broadcast_in_dim %cst_1082, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4229 = stablehlo.multiply %4228, %3309 : tensor<1024xf32>
    %cst_1083 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4230 = stablehlo.broadcast_in_dim %cst_1083, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4231 = stablehlo.multiply %4230, %arg238 : tensor<1024xf32>
    %4232 = stablehlo.add %4229, %4231 : tensor<1024xf32>
    %cst_1084 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4233 = stablehlo.broadcast_in_dim %cst_1084, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4234 = stablehlo.multiply %4233, %3237 : tensor<1024x3072xf32>
    %cst_1085 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4235 = stablehlo.broadcast_in_dim %cst_1085, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4236 = stablehlo.multiply %4235, %arg239 : tensor<1024x3072xf32>
    %4237 = stablehlo.add %4234, %4236 : tensor<1024x3072xf32>
    %cst_1086 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4238 = stablehlo.broadcast_in_dim %cst_1086, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4239 = stablehlo.multiply %4238, %3191 : tensor<1024xf32>
    %cst_1087 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4240 = stablehlo.broadcast_in_dim %cst_1087, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4241 = stablehlo.multiply %4240, %arg240 : tensor<1024xf32>
    %4242 = stablehlo.add %4239, %4241 : tensor<1024xf32>
    %cst_1088 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4243 = stablehlo.broadcast_in_dim %cst_1088, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4244 = stablehlo.multiply %4243, %3193 : tensor<1024x1024xf32>
    %cst_1089 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4245 = stablehlo.broadcast_in_dim %cst_1089, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4246 = stablehlo.multiply %4245, %arg241 : tensor<1024x1024xf32>
    %4247 = stablehlo.add %4244, %4246 : tensor<1024x1024xf32>
    %cst_1090 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4248 = stablehlo.broadcast_in_dim %cst_1090, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4249 = stablehlo.multiply %4248, %3231 : tensor<1024xf32>
    %cst_1091 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4250 = stablehlo.broadcast_in_dim %cst_1091, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4251 = stablehlo.multiply %4250, %arg242 : tensor<1024xf32>
    %4252 = stablehlo.add %4249, %4251 : tensor<1024xf32>
    %cst_1092 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4253 = stablehlo.broadcast_in_dim %cst_1092, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4254 = stablehlo.multiply %4253, %3222 : tensor<1024xf32>
    %cst_1093 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4255 = stablehlo.broadcast_in_dim %cst_1093, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4256 = stablehlo.multiply %4255, %arg243 : tensor<1024xf32>
    %4257 = stablehlo.add %4254, %4256 : tensor<1024xf32>
    %cst_1094 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4258 = stablehlo.broadcast_in_dim %cst_1094, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4259 = stablehlo.multiply %4258, %3151 : tensor<4096xf32>
    %cst_1095 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4260 = stablehlo.broadcast_in_dim %cst_1095, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4261 = stablehlo.multiply %4260, %arg244 : tensor<4096xf32>
    %4262 = stablehlo.add %4259, %4261 : tensor<4096xf32>
    %cst_1096 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4263 = stablehlo.broadcast_in_dim %cst_1096, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4264 = stablehlo.multiply %4263, %3153 : tensor<1024x4096xf32>
    %cst_1097 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4265 = stablehlo.broadcast_in_dim %cst_1097, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4266 = stablehlo.multiply %4265, %arg245 : tensor<1024x4096xf32>
    %4267 = stablehlo.add %4264, %4266 : tensor<1024x4096xf32>
    %cst_1098 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4268 = stablehlo.broadcast_in_dim %cst_1098, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4269 = stablehlo.multiply %4268, %3134 : tensor<1024xf32>
    %cst_1099 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4270 = stablehlo.broadcast_in_dim %cst_1099, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4271 = stablehlo.multiply %4270, %arg246 : tensor<1024xf32>
    %4272 = stablehlo.add %4269, %4271 : tensor<1024xf32>
    %cst_1100 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4273 = stablehlo.broadcast_in_dim %cst_1100, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4274 = stablehlo.multiply %4273, %3136 : tensor<4096x1024xf32>
    %cst_1101 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4275 = stablehlo.broadcast_in_dim %cst_1101, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4276 = stablehlo.multiply %4275, %arg247 : tensor<4096x1024xf32>
    %4277 = stablehlo.add %4274, %4276 : tensor<4096x1024xf32>
    %cst_1102 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4278 = stablehlo.broadcast_in_dim %cst_1102, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4279 = stablehlo.multiply %4278, %3241 : tensor<1024xf32>
    %cst_1103 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4280 = stablehlo.broadcast_in_dim %cst_1103, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4281 = stablehlo.multiply %4280, %arg248 : tensor<1024xf32>
    %4282 = stablehlo.add %4279, %4281 : tensor<1024xf32>
    %cst_1104 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4283 = stablehlo.broadcast_in_dim %cst_1104, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4284 = stablehlo.multiply %4283, %3252 : tensor<1024xf32>
    %cst_1105 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4285 = stablehlo.broadcast_in_dim %cst_1105, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4286 = stablehlo.multiply %4285, %arg249 : tensor<1024xf32>
    %4287 = stablehlo.add %4284, %4286 : tensor<1024xf32>
    %cst_1106 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4288 = stablehlo.broadcast_in_dim %cst_1106, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4289 = stablehlo.multiply %4288, %3157 : tensor<1024xf32>
    %cst_1107 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4290 = stablehlo.broadcast_in_dim %cst_1107, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4291 = stablehlo.multiply %4290, %arg250 : tensor<1024xf32>
    %4292 = stablehlo.add %4289, %4291 : tensor<1024xf32>
    %cst_1108 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4293 = stablehlo.broadcast_in_dim %cst_1108, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4294 = stablehlo.multiply %4293, %3168 : tensor<1024xf32>
    %cst_1109 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4295 = stablehlo.broadcast_in_dim %cst_1109, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4296 = stablehlo.multiply %4295, %arg251 : tensor<1024xf32>
    %4297 = stablehlo.add %4294, %4296 : tensor<1024xf32>
    %cst_1110 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4298 = stablehlo.broadcast_in_dim %cst_1110, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4299 = stablehlo.multiply %4298, %3096 : tensor<1024x3072xf32>
    %cst_1111 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4300 = stablehlo.broadcast_in_dim %cst_1111, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4301 = stablehlo.multiply %4300, %arg252 : tensor<1024x3072xf32>
    %4302 = stablehlo.add %4299, %4301 : tensor<1024x3072xf32>
    %cst_1112 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4303 = stablehlo.broadcast_in_dim %cst_1112, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4304 = stablehlo.multiply %4303, %3050 : tensor<1024xf32>
    %cst_1113 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4305 = stablehlo.broadcast_in_dim %cst_1113, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4306 = stablehlo.multiply %4305, %arg253 : tensor<1024xf32>
    %4307 = stablehlo.add %4304, %4306 : tensor<1024xf32>
    %cst_1114 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4308 = stablehlo.broadcast_in_dim %cst_1114, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4309 = stablehlo.multiply %4308, %3052 : tensor<1024x1024xf32>
    %cst_1115 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4310 = stablehlo.broadcast_in_dim %cst_1115, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4311 = stablehlo.multiply %4310, %arg254 : tensor<1024x1024xf32>
    %4312 = stablehlo.add %4309, %4311 : tensor<1024x1024xf32>
    %cst_1116 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4313 = stablehlo.broadcast_in_dim %cst_1116, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4314 = stablehlo.multiply %4313, %3090 : tensor<1024xf32>
    %cst_1117 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4315 = stablehlo.broadcast_in_dim %cst_1117, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4316 = stablehlo.multiply %4315, %arg255 : tensor<1024xf32>
    %4317 = stablehlo.add %4314, %4316 : tensor<1024xf32>
    %cst_1118 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4318 = stablehlo.broadcast_in_dim %cst_1118, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4319 = stablehlo.multiply %4318, %3081 : tensor<1024xf32>
    %cst_1119 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4320 = stablehlo.broadcast_in_dim %cst_1119, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4321 = stablehlo.multiply %4320, %arg256 : tensor<1024xf32>
    %4322 = stablehlo.add %4319, %4321 : tensor<1024xf32>
    %cst_1120 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4323 = stablehlo.broadcast_in_dim %cst_1120, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4324 = stablehlo.multiply %4323, %3010 : tensor<4096xf32>
    %cst_1121 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4325 = stablehlo.broadcast_in_dim %cst_1121, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4326 = stablehlo.multiply %4325, %arg257 : tensor<4096xf32>
    %4327 = stablehlo.add %4324, %4326 : tensor<4096xf32>
    %cst_1122 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4328 = stablehlo.broadcast_in_dim %cst_1122, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4329 = stablehlo.multiply %4328, %3012 : tensor<1024x4096xf32>
    %cst_1123 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4330 = stablehlo.broadcast_in_dim %cst_1123, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4331 = stablehlo.multiply %4330, %arg258 : tensor<1024x4096xf32>
    %4332 = stablehlo.add %4329, %4331 : tensor<1024x4096xf32>
    %cst_1124 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4333 = stablehlo.broadcast_in_dim %cst_1124, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4334 = stablehlo.multiply %4333, %2993 : tensor<1024xf32>
    %cst_1125 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4335 = stablehlo.broadcast_in_dim %cst_1125, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4336 = stablehlo.multiply %4335, %arg259 : tensor<1024xf32>
    %4337 = stablehlo.add %4334, %4336 : tensor<1024xf32>
    %cst_1126 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4338 = stablehlo.broadcast_in_dim %cst_1126, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4339 = stablehlo.multiply %4338, %2995 : tensor<4096x1024xf32>
    %cst_1127 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4340 = stablehlo.broadcast_in_dim %cst_1127, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4341 = stablehlo.multiply %4340, %arg260 : tensor<4096x1024xf32>
    %4342 = stablehlo.add %4339, %4341 : tensor<4096x1024xf32>
    %cst_1128 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4343 = stablehlo.broadcast_in_dim %cst_1128, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4344 = stablehlo.multiply %4343, %3100 : tensor<1024xf32>
    %cst_1129 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4345 = stablehlo.broadcast_in_dim %cst_1129, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4346 = stablehlo.multiply %4345, %arg261 : tensor<1024xf32>
    %4347 = stablehlo.add %4344, %4346 : tensor<1024xf32>
    %cst_1130 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4348 = stablehlo.broadcast_in_dim %cst_1130, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4349 = stablehlo.multiply %4348, %3111 : tensor<1024xf32>
    %cst_1131 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4350 = stablehlo.broadcast_in_dim %cst_1131, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4351 = stablehlo.multiply %4350, %arg262 : tensor<1024xf32>
    %4352 = stablehlo.add %4349, %4351 : tensor<1024xf32>
    %cst_1132 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4353 = stablehlo.broadcast_in_dim %cst_1132, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4354 = stablehlo.multiply %4353, %3016 : tensor<1024xf32>
    %cst_1133 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4355 = stablehlo.broadcast_in_dim %cst_1133, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4356 = stablehlo.multiply %4355, %arg263 : tensor<1024xf32>
    %4357 = stablehlo.add %4354, %4356 : tensor<1024xf32>
    %cst_1134 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4358 = stablehlo.broadcast_in_dim %cst_1134, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4359 = stablehlo.multiply %4358, %3027 : tensor<1024xf32>
    %cst_1135 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4360 = stablehlo.broadcast_in_dim %cst_1135, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4361 = stablehlo.multiply %4360, %arg264 : tensor<1024xf32>
    %4362 = stablehlo.add %4359, %4361 : tensor<1024xf32>
    %cst_1136 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4363 = stablehlo.broadcast_in_dim %cst_1136, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4364 = stablehlo.multiply %4363, %2955 : tensor<1024x3072xf32>
    %cst_1137 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4365 = stablehlo.broadcast_in_dim %cst_1137, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4366 = stablehlo.multiply %4365, %arg265 : tensor<1024x3072xf32>
    %4367 = stablehlo.add %4364, %4366 : tensor<1024x3072xf32>
    %cst_1138 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4368 = stablehlo.broadcast_in_dim %cst_1138, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4369 = stablehlo.multiply %4368, %2909 : tensor<1024xf32>
    %cst_1139 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4370 = stablehlo.broadcast_in_dim %cst_1139, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4371 = stablehlo.multiply %4370, %arg266 : tensor<1024xf32>
    %4372 = stablehlo.add %4369, %4371 : tensor<1024xf32>
    %cst_1140 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4373 = stablehlo.broadcast_in_dim %cst_1140, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4374 = stablehlo.multiply %4373, %2911 : tensor<1024x1024xf32>
    %cst_1141 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4375 = stablehlo.broadcast_in_dim %cst_1141, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4376 = stablehlo.multiply %4375, %arg267 : tensor<1024x1024xf32>
    %4377 = stablehlo.add %4374, %4376 : tensor<1024x1024xf32>
    %cst_1142 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4378 = stablehlo.broadcast_in_dim %cst_1142, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4379 = stablehlo.multiply %4378, %2949 : tensor<1024xf32>
    %cst_1143 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4380 = stablehlo.broadcast_in_dim %cst_1143, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4381 = stablehlo.multiply %4380, %arg268 : tensor<1024xf32>
    %4382 = stablehlo.add %4379, %4381 : tensor<1024xf32>
    %cst_1144 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4383 = stablehlo.broadcast_in_dim %cst_1144, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4384 = stablehlo.multiply %4383, %2940 : tensor<1024xf32>
    %cst_1145 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4385 = stablehlo.broadcast_in_dim %cst_1145, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4386 = stablehlo.multiply %4385, %arg269 : tensor<1024xf32>
    %4387 = stablehlo.add %4384, %4386 : tensor<1024xf32>
    %cst_1146 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4388 = stablehlo.broadcast_in_dim %cst_1146, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4389 = stablehlo.multiply %4388, %2869 : tensor<4096xf32>
    %cst_1147 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4390 = stablehlo.broadcast_in_dim %cst_1147, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4391 = stablehlo.multiply %4390, %arg270 : tensor<4096xf32>
    %4392 = stablehlo.add %4389, %4391 : tensor<4096xf32>
    %cst_1148 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4393 = stablehlo.broadcast_in_dim %cst_1148, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4394 = stablehlo.multiply %4393, %2871 : tensor<1024x4096xf32>
    %cst_1149 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4395 = stablehlo.broadcast_in_dim %cst_1149, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4396 = stablehlo.multiply %4395, %arg271 : tensor<1024x4096xf32>
    %4397 = stablehlo.add %4394, %4396 : tensor<1024x4096xf32>
    %cst_1150 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4398 = stablehlo.broadcast_in_dim %cst_1150, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4399 = stablehlo.multiply %4398, %2852 : tensor<1024xf32>
    %cst_1151 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4400 = stablehlo.broadcast_in_dim %cst_1151, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4401 = stablehlo.multiply %4400, %arg272 : tensor<1024xf32>
    %4402 = stablehlo.add %4399, %4401 : tensor<1024xf32>
    %cst_1152 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4403 = stablehlo.broadcast_in_dim %cst_1152, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4404 = stablehlo.multiply %4403, %2854 : tensor<4096x1024xf32>
    %cst_1153 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4405 = stablehlo.broadcast_in_dim %cst_1153, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4406 = stablehlo.multiply %4405, %arg273 : tensor<4096x1024xf32>
    %4407 = stablehlo.add %4404, %4406 : tensor<4096x1024xf32>
    %cst_1154 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4408 = stablehlo.broadcast_in_dim %cst_1154, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4409 = stablehlo.multiply %4408, %2959 : tensor<1024xf32>
    %cst_1155 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4410 = stablehlo.broadcast_in_dim %cst_1155, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4411 = stablehlo.multiply %4410, %arg274 : tensor<1024xf32>
    %4412 = stablehlo.add %4409, %4411 : tensor<1024xf32>
    %cst_1156 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4413 = stablehlo.broadcast_in_dim %cst_1156, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4414 = stablehlo.multiply %4413, %2970 : tensor<1024xf32>
    %cst_1157 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4415 = stablehlo.broadcast_in_dim %cst_1157, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4416 = stablehlo.multiply %4415, %arg275 : tensor<1024xf32>
    %4417 = stablehlo.add %4414, %4416 : tensor<1024xf32>
    %cst_1158 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4418 = stablehlo.broadcast_in_dim %cst_1158, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4419 = stablehlo.multiply %4418, %2875 : tensor<1024xf32>
    %cst_1159 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4420 = stablehlo.broadcast_in_dim %cst_1159, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4421 = stablehlo.multiply %4420, %arg276 : tensor<1024xf32>
    %4422 = stablehlo.add %4419, %4421 : tensor<1024xf32>
    %cst_1160 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4423 = stablehlo.broadcast_in_dim %cst_1160, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4424 = stablehlo.multiply %4423, %2886 : tensor<1024xf32>
    %cst_1161 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4425 = stablehlo.broadcast_in_dim %cst_1161, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4426 = stablehlo.multiply %4425, %arg277 : tensor<1024xf32>
    %4427 = stablehlo.add %4424, %4426 : tensor<1024xf32>
    %cst_1162 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4428 = stablehlo.broadcast_in_dim %cst_1162, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4429 = stablehlo.multiply %4428, %2814 : tensor<1024x3072xf32>
    %cst_1163 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4430 = stablehlo.broadcast_in_dim %cst_1163, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4431 = stablehlo.multiply %4430, %arg278 : tensor<1024x3072xf32>
    %4432 = stablehlo.add %4429, %4431 : tensor<1024x3072xf32>
    %cst_1164 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4433 = stablehlo.broadcast_in_dim %cst_1164, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4434 = stablehlo.multiply %4433, %2768 : tensor<1024xf32>
    %cst_1165 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4435 = stablehlo.broadcast_in_dim %cst_1165, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4436 = stablehlo.multiply %4435, %arg279 : tensor<1024xf32>
    %4437 = stablehlo.add %4434, %4436 : tensor<1024xf32>
    %cst_1166 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4438 = stablehlo.broadcast_in_dim %cst_1166, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4439 = stablehlo.multiply %4438, %2770 : tensor<1024x1024xf32>
    %cst_1167 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4440 = stablehlo.broadcast_in_dim %cst_1167, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4441 = stablehlo.multiply %4440, %arg280 : tensor<1024x1024xf32>
    %4442 = stablehlo.add %4439, %4441 : tensor<1024x1024xf32>
    %cst_1168 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4443 = stablehlo.broadcast_in_dim %cst_1168, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4444 = stablehlo.multiply %4443, %2808 : tensor<1024xf32>
    %cst_1169 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4445 = stablehlo.broadcast_in_dim %cst_1169, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4446 = stablehlo.multiply %4445, %arg281 : tensor<1024xf32>
    %4447 = stablehlo.add %4444, %4446 : tensor<1024xf32>
    %cst_1170 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4448 = stablehlo.broadcast_in_dim %cst_1170, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4449 = stablehlo.multiply %4448, %2799 : tensor<1024xf32>
    %cst_1171 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4450 = stablehlo.broadcast_in_dim %cst_1171, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4451 = stablehlo.multiply %4450, %arg282 : tensor<1024xf32>
    %4452 = stablehlo.add %4449, %4451 : tensor<1024xf32>
    %cst_1172 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4453 = stablehlo.broadcast_in_dim %cst_1172, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4454 = stablehlo.multiply %4453, %2728 : tensor<4096xf32>
    %cst_1173 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4455 = stablehlo.broadcast_in_dim %cst_1173, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4456 = stablehlo.multiply %4455, %arg283 : tensor<4096xf32>
    %4457 = stablehlo.add %4454, %4456 : tensor<4096xf32>
    %cst_1174 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4458 = stablehlo.broadcast_in_dim %cst_1174, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4459 = stablehlo.multiply %4458, %2730 : tensor<1024x4096xf32>
    %cst_1175 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4460 = stablehlo.broadcast_in_dim %cst_1175, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4461 = stablehlo.multiply %4460, %arg284 : tensor<1024x4096xf32>
    %4462 = stablehlo.add %4459, %4461 : tensor<1024x4096xf32>
    %cst_1176 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4463 = stablehlo.broadcast_in_dim %cst_1176, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4464 = stablehlo.multiply %4463, %2711 : tensor<1024xf32>
    %cst_1177 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4465 = stablehlo.broadcast_in_dim %cst_1177, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4466 = stablehlo.multiply %4465, %arg285 : tensor<1024xf32>
    %4467 = stablehlo.add %4464, %4466 : tensor<1024xf32>
    %cst_1178 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4468 = stablehlo.broadcast_in_dim %cst_1178, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4469 = stablehlo.multiply %4468, %2713 : tensor<4096x1024xf32>
    %cst_1179 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4470 = stablehlo.broadcast_in_dim %cst_1179, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4471 = stablehlo.multiply %4470, %arg286 : tensor<4096x1024xf32>
    %4472 = stablehlo.add %4469, %4471 : tensor<4096x1024xf32>
    %cst_1180 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4473 = stablehlo.broadcast_in_dim %cst_1180, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4474 = stablehlo.multiply %4473, %2818 : tensor<1024xf32>
    %cst_1181 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4475 = stablehlo.broadcast_in_dim %cst_1181, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4476 = stablehlo.multiply %4475, %arg287 : tensor<1024xf32>
    %4477 = stablehlo.add %4474, %4476 : tensor<1024xf32>
    %cst_1182 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4478 = stablehlo.broadcast_in_dim %cst_1182, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4479 = stablehlo.multiply %4478, %2829 : tensor<1024xf32>
    %cst_1183 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4480 = stablehlo.broadcast_in_dim %cst_1183, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4481 = stablehlo.multiply %4480, %arg288 : tensor<1024xf32>
    %4482 = stablehlo.add %4479, %4481 : tensor<1024xf32>
    %cst_1184 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4483 = stablehlo.broadcast_in_dim %cst_1184, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4484 = stablehlo.multiply %4483, %2734 : tensor<1024xf32>
    %cst_1185 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4485 = stablehlo.broadcast_in_dim %cst_1185, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4486 = stablehlo.multiply %4485, %arg289 : tensor<1024xf32>
    %4487 = stablehlo.add %4484, %4486 : tensor<1024xf32>
    %cst_1186 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4488 = stablehlo.broadcast_in_dim %cst_1186, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4489 = stablehlo.multiply %4488, %2745 : tensor<1024xf32>
    %cst_1187 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4490 = stablehlo.broadcast_in_dim %cst_1187, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4491 = stablehlo.multiply %4490, %arg290 : tensor<1024xf32>
    %4492 = stablehlo.add %4489, %4491 : tensor<1024xf32>
    %cst_1188 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4493 = stablehlo.broadcast_in_dim %cst_1188, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4494 = stablehlo.multiply %4493, %2673 : tensor<1024x3072xf32>
    %cst_1189 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4495 = stablehlo.broadcast_in_dim %cst_1189, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4496 = stablehlo.multiply %4495, %arg291 : tensor<1024x3072xf32>
    %4497 = stablehlo.add %4494, %4496 : tensor<1024x3072xf32>
    %cst_1190 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4498 = stablehlo.broadcast_in_dim %cst_1190, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4499 = stablehlo.multiply %4498, %2627 : tensor<1024xf32>
    %cst_1191 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4500 = stablehlo.broadcast_in_dim %cst_1191, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4501 = stablehlo.multiply %4500, %arg292 : tensor<1024xf32>
    %4502 = stablehlo.add %4499, %4501 : tensor<1024xf32>
    %cst_1192 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4503 = stablehlo.broadcast_in_dim %cst_1192, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4504 = stablehlo.multiply %4503, %2629 : tensor<1024x1024xf32>
    %cst_1193 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4505 = stablehlo.broadcast_in_dim %cst_1193, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4506 = stablehlo.multiply %4505, %arg293 : tensor<1024x1024xf32>
    %4507 = stablehlo.add %4504, %4506 : tensor<1024x1024xf32>
    %cst_1194 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4508 = stablehlo.broadcast_in_dim %cst_1194, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4509 = stablehlo.multiply %4508, %2667 : tensor<1024xf32>
    %cst_1195 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4510 = stablehlo.broadcast_in_dim %cst_1195, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4511 = stablehlo.multiply %4510, %arg294 : tensor<1024xf32>
    %4512 = stablehlo.add %4509, %4511 : tensor<1024xf32>
    %cst_1196 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4513 = stablehlo.broadcast_in_dim %cst_1196, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4514 = stablehlo.multiply %4513, %2658 : tensor<1024xf32>
    %cst_1197 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4515 = stablehlo.broadcast_in_dim %cst_1197, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4516 = stablehlo.multiply %4515, %arg295 : tensor<1024xf32>
    %4517 = stablehlo.add %4514, %4516 : tensor<1024xf32>
    %cst_1198 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4518 = stablehlo.broadcast_in_dim %cst_1198, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4519 = stablehlo.multiply %4518, %2587 : tensor<4096xf32>
    %cst_1199 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4520 = stablehlo.broadcast_in_dim %cst_1199, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4521 = stablehlo.multiply %4520, %arg296 : tensor<4096xf32>
    %4522 = stablehlo.add %4519, %4521 : tensor<4096xf32>
    %cst_1200 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4523 = stablehlo.broadcast_in_dim %cst_1200, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4524 = stablehlo.multiply %4523, %2589 : tensor<1024x4096xf32>
    %cst_1201 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4525 = stablehlo.broadcast_in_dim %cst_1201, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4526 = stablehlo.multiply %4525, %arg297 : tensor<1024x4096xf32>
    %4527 = stablehlo.add %4524, %4526 : tensor<1024x4096xf32>
    %cst_1202 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4528 = stablehlo.broadcast_in_dim %cst_1202, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4529 = stablehlo.multiply %4528, %2570 : tensor<1024xf32>
    %cst_1203 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4530 = stablehlo.broadcast_in_dim %cst_1203, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4531 = stablehlo.multiply %4530, %arg298 : tensor<1024xf32>
    %4532 = stablehlo.add %4529, %4531 : tensor<1024xf32>
    %cst_1204 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4533 = stablehlo.broadcast_in_dim %cst_1204, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4534 = stablehlo.multiply %4533, %2572 : tensor<4096x1024xf32>
    %cst_1205 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4535 = stablehlo.broadcast_in_dim %cst_1205, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4536 = stablehlo.multiply %4535, %arg299 : tensor<4096x1024xf32>
    %4537 = stablehlo.add %4534, %4536 : tensor<4096x1024xf32>
    %cst_1206 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4538 = stablehlo.broadcast_in_dim %cst_1206, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4539 = stablehlo.multiply %4538, %2677 : tensor<1024xf32>
    %cst_1207 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4540 = stablehlo.broadcast_in_dim %cst_1207, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4541 = stablehlo.multiply %4540, %arg300 : tensor<1024xf32>
    %4542 = stablehlo.add %4539, %4541 : tensor<1024xf32>
    %cst_1208 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4543 = stablehlo.broadcast_in_dim %cst_1208, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4544 = stablehlo.multiply %4543, %2688 : tensor<1024xf32>
    %cst_1209 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4545 = stablehlo.broadcast_in_dim %cst_1209, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4546 = stablehlo.multiply %4545, %arg301 : tensor<1024xf32>
    %4547 = stablehlo.add %4544, %4546 : tensor<1024xf32>
    %cst_1210 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4548 = stablehlo.broadcast_in_dim %cst_1210, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4549 = stablehlo.multiply %4548, %2593 : tensor<1024xf32>
    %cst_1211 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4550 = stablehlo.broadcast_in_dim %cst_1211, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4551 = stablehlo.multiply %4550, %arg302 : tensor<1024xf32>
    %4552 = stablehlo.add %4549, %4551 : tensor<1024xf32>
    %cst_1212 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4553 = stablehlo.broadcast_in_dim %cst_1212, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4554 = stablehlo.multiply %4553, %2604 : tensor<1024xf32>
    %cst_1213 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4555 = stablehlo.broadcast_in_dim %cst_1213, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4556 = stablehlo.multiply %4555, %arg303 : tensor<1024xf32>
    %4557 = stablehlo.add %4554, %4556 : tensor<1024xf32>
    %cst_1214 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4558 = stablehlo.broadcast_in_dim %cst_1214, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4559 = stablehlo.multiply %4558, %2532 : tensor<1024x3072xf32>
    %cst_1215 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4560 = stablehlo.broadcast_in_dim %cst_1215, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4561 = stablehlo.multiply %4560, %arg304 : tensor<1024x3072xf32>
    %4562 = stablehlo.add %4559, %4561 : tensor<1024x3072xf32>
    %cst_1216 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4563 = stablehlo.broadcast_in_dim %cst_1216, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4564 = stablehlo.multiply %4563, %2486 : tensor<1024xf32>
    %cst_1217 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4565 = stablehlo.broadcast_in_dim %cst_1217, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4566 = stablehlo.multiply %4565, %arg305 : tensor<1024xf32>
    %4567 = stablehlo.add %4564, %4566 : tensor<1024xf32>
    %cst_1218 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4568 = stablehlo.broadcast_in_dim %cst_1218, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4569 = stablehlo.multiply %4568, %2488 : tensor<1024x1024xf32>
    %cst_1219 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4570 = stablehlo.broadcast_in_dim %cst_1219, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4571 = stablehlo.multiply %4570, %arg306 : tensor<1024x1024xf32>
    %4572 = stablehlo.add %4569, %4571 : tensor<1024x1024xf32>
    %cst_1220 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4573 = stablehlo.broadcast_in_dim %cst_1220, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4574 = stablehlo.multiply %4573, %2526 : tensor<1024xf32>
    %cst_1221 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4575 = stablehlo.broadcast_in_dim %cst_1221, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4576 = stablehlo.multiply %4575, %arg307 : tensor<1024xf32>
    %4577 = stablehlo.add %4574, %4576 : tensor<1024xf32>
    %cst_1222 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4578 = stablehlo.broadcast_in_dim %cst_1222, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4579 = stablehlo.multiply %4578, %2517 : tensor<1024xf32>
    %cst_1223 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4580 = stablehlo.broadcast_in_dim %cst_1223, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4581 = stablehlo.multiply %4580, %arg308 : tensor<1024xf32>
    %4582 = stablehlo.add %4579, %4581 : tensor<1024xf32>
    %cst_1224 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4583 = stablehlo.broadcast_in_dim %cst_1224, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4584 = stablehlo.multiply %4583, %2446 : tensor<4096xf32>
    %cst_1225 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4585 = stablehlo.broadcast_in_dim %cst_1225, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4586 = stablehlo.multiply %4585, %arg309 : tensor<4096xf32>
    %4587 = stablehlo.add %4584, %4586 : tensor<4096xf32>
    %cst_1226 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4588 = stablehlo.broadcast_in_dim %cst_1226, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4589 = stablehlo.multiply %4588, %2448 : tensor<1024x4096xf32>
    %cst_1227 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4590 = stablehlo.broadcast_in_dim %cst_1227, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4591 = stablehlo.multiply %4590, %arg310 : tensor<1024x4096xf32>
    %4592 = stablehlo.add %4589, %4591 : tensor<1024x4096xf32>
    %cst_1228 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4593 = stablehlo.broadcast_in_dim %cst_1228, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4594 = stablehlo.multiply %4593, %2429 : tensor<1024xf32>
    %cst_1229 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4595 = stablehlo.broadcast_in_dim %cst_1229, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4596 = stablehlo.multiply %4595, %arg311 : tensor<1024xf32>
    %4597 = stablehlo.add %4594, %4596 : tensor<1024xf32>
    %cst_1230 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4598 = stablehlo.broadcast_in_dim %cst_1230, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4599 = stablehlo.multiply %4598, %2431 : tensor<4096x1024xf32>
    %cst_1231 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4600 = stablehlo.broadcast_in_dim %cst_1231, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4601 = stablehlo.multiply %4600, %arg312 : tensor<4096x1024xf32>
    %4602 = stablehlo.add %4599, %4601 : tensor<4096x1024xf32>
    %cst_1232 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4603 = stablehlo.broadcast_in_dim %cst_1232, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4604 = stablehlo.multiply %4603, %2536 : tensor<1024xf32>
    %cst_1233 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4605 = stablehlo.broadcast_in_dim %cst_1233, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4606 = stablehlo.multiply %4605, %arg313 : tensor<1024xf32>
    %4607 = stablehlo.add %4604, %4606 : tensor<1024xf32>
    %cst_1234 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4608 = stablehlo.broadcast_in_dim %cst_1234, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4609 = stablehlo.multiply %4608, %2547 : tensor<1024xf32>
    %cst_1235 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4610 = stablehlo.broadcast_in_dim %cst_1235, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4611 = stablehlo.multiply %4610, %arg314 : tensor<1024xf32>
    %4612 = stablehlo.add %4609, %4611 : tensor<1024xf32>
    %cst_1236 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4613 = stablehlo.broadcast_in_dim %cst_1236, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4614 = stablehlo.multiply %4613, %2452 : tensor<1024xf32>
    %cst_1237 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4615 = stablehlo.broadcast_in_dim %cst_1237, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4616 = stablehlo.multiply %4615, %arg315 : tensor<1024xf32>
    %4617 = stablehlo.add %4614, %4616 : tensor<1024xf32>
    %cst_1238 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4618 = stablehlo.broadcast_in_dim %cst_1238, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4619 = stablehlo.multiply %4618, %2463 : tensor<1024xf32>
    %cst_1239 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4620 = stablehlo.broadcast_in_dim %cst_1239, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4621 = stablehlo.multiply %4620, %arg316 : tensor<1024xf32>
    %4622 = stablehlo.add %4619, %4621 : tensor<1024xf32>
    %cst_1240 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4623 = stablehlo.broadcast_in_dim %cst_1240, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4624 = stablehlo.multiply %4623, %2114 : tensor<1024xf32>
    %cst_1241 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4625 = stablehlo.broadcast_in_dim %cst_1241, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4626 = stablehlo.multiply %4625, %arg317 : tensor<1024xf32>
    %4627 = stablehlo.add %4624, %4626 : tensor<1024xf32>
    %cst_1242 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4628 = stablehlo.broadcast_in_dim %cst_1242, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4629 = stablehlo.multiply %4628, %2125 : tensor<1024xf32>
    %cst_1243 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4630 = stablehlo.broadcast_in_dim %cst_1243, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4631 = stablehlo.multiply %4630, %arg318 : tensor<1024xf32>
    %4632 = stablehlo.add %4629, %4631 : tensor<1024xf32>
    %cst_1244 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4633 = stablehlo.broadcast_in_dim %cst_1244, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4634 = stablehlo.multiply %4633, %3840 : tensor<1024x1024xf32>
    %cst_1245 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4635 = stablehlo.broadcast_in_dim %cst_1245, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4636 = stablehlo.multiply %4635, %arg319 : tensor<1024x1024xf32>
    %4637 = stablehlo.add %4634, %4636 : tensor<1024x1024xf32>
    %cst_1246 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %4638 = stablehlo.broadcast_in_dim %cst_1246, dims = [] : (tensor<f32>) -> tensor<51200x1024xf32>
    %4639 = stablehlo.multiply %4638, %3842 : tensor<51200x1024xf32>
    %cst_1247 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %4640 = stablehlo.broadcast_in_dim %cst_1247, dims = [] : (tensor<f32>) -> tensor<51200x1024xf32>
    %4641 = stablehlo.multiply %4640, %arg320 : tensor<51200x1024xf32>
    %4642 = stablehlo.add %4639, %4641 : tensor<51200x1024xf32>
    %4643 = stablehlo.multiply %3801, %3801 : tensor<1024x3072xf32>
    %cst_1248 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4644 = stablehlo.broadcast_in_dim %cst_1248, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4645 = stablehlo.multiply %4644, %4643 : tensor<1024x3072xf32>
    %cst_1249 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4646 = stablehlo.broadcast_in_dim %cst_1249, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4647 = stablehlo.multiply %4646, %arg321 : tensor<1024x3072xf32>
    %4648 = stablehlo.add %4645, %4647 : tensor<1024x3072xf32>
    %4649 = stablehlo.multiply %3755, %3755 : tensor<1024xf32>
    %cst_1250 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4650 = stablehlo.broadcast_in_dim %cst_1250, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4651 = stablehlo.multiply %4650, %4649 : tensor<1024xf32>
    %cst_1251 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4652 = stablehlo.broadcast_in_dim %cst_1251, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4653 = stablehlo.multiply %4652, %arg322 : tensor<1024xf32>
    %4654 = stablehlo.add %4651, %4653 : tensor<1024xf32>
    %4655 = stablehlo.multiply %3757, %3757 : tensor<1024x1024xf32>
    %cst_1252 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4656 = stablehlo.broadcast_in_dim %cst_1252, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4657 = stablehlo.multiply %4656, %4655 : tensor<1024x1024xf32>
    %cst_1253 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4658 = stablehlo.broadcast_in_dim %cst_1253, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4659 = stablehlo.multiply %4658, %arg323 : tensor<1024x1024xf32>
    %4660 = stablehlo.add %4657, %4659 : tensor<1024x1024xf32>
    %4661 = stablehlo.multiply %3795, %3795 : tensor<1024xf32>
    %cst_1254 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4662 = stablehlo.broadcast_in_dim %cst_1254, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4663 = stablehlo.multiply %4662, %4661 : tensor<1024xf32>
    %cst_1255 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4664 = stablehlo.broadcast_in_dim %cst_1255, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4665 = stablehlo.multiply %4664, %arg324 : tensor<1024xf32>
    %4666 = stablehlo.add %4663, %4665 : tensor<1024xf32>
    %4667 = stablehlo.multiply %3786, %3786 : tensor<1024xf32>
    %cst_1256 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4668 = stablehlo.broadcast_in_dim %cst_1256, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4669 = stablehlo.multiply %4668, %4667 : tensor<1024xf32>
    %cst_1257 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4670 = stablehlo.broadcast_in_dim %cst_1257, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4671 = stablehlo.multiply %4670, %arg325 : tensor<1024xf32>
    %4672 = stablehlo.add %4669, %4671 : tensor<1024xf32>
    %4673 = stablehlo.multiply %3715, %3715 : tensor<4096xf32>
    %cst_1258 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4674 = stablehlo.broadcast_in_dim %cst_1258, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4675 = stablehlo.multiply %4674, %4673 : tensor<4096xf32>
    %cst_1259 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4676 = stablehlo.broadcast_in_dim %cst_1259, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4677 = stablehlo.multiply %4676, %arg326 : tensor<4096xf32>
    %4678 = stablehlo.add %4675, %4677 : tensor<4096xf32>
    %4679 = stablehlo.multiply %3717, %3717 : tensor<1024x4096xf32>
    %cst_1260 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4680 = stablehlo.broadcast_in_dim %cst_1260, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4681 = stablehlo.multiply %4680, %4679 : tensor<1024x4096xf32>
    %cst_1261 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4682 = stablehlo.broadcast_in_dim %cst_1261, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4683 = stablehlo.multiply %4682, %arg327 : tensor<1024x4096xf32>
    %4684 = stablehlo.add %4681, %4683 : tensor<1024x4096xf32>
    %4685 = stablehlo.multiply %3698, %3698 : tensor<1024xf32>
    %cst_1262 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4686 = stablehlo.broadcast_in_dim %cst_1262, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4687 = stablehlo.multiply %4686, %4685 : tensor<1024xf32>
    %cst_1263 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4688 = stablehlo.broadcast_in_dim %cst_1263, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4689 = stablehlo.multiply %4688, %arg328 : tensor<1024xf32>
    %4690 = stablehlo.add %4687, %4689 : tensor<1024xf32>
    %4691 = stablehlo.multiply %3700, %3700 : tensor<4096x1024xf32>
    %cst_1264 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4692 = stablehlo.broadcast_in_dim %cst_1264, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4693 = stablehlo.multiply %4692, %4691 : tensor<4096x1024xf32>
    %cst_1265 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4694 = stablehlo.broadcast_in_dim %cst_1265, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4695 = stablehlo.multiply %4694, %arg329 : tensor<4096x1024xf32>
    %4696 = stablehlo.add %4693, %4695 : tensor<4096x1024xf32>
    %4697 = stablehlo.multiply %3805, %3805 : tensor<1024xf32>
    %cst_1266 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4698 = stablehlo.broadcast_in_dim %cst_1266, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4699 = stablehlo.multiply %4698, %4697 : tensor<1024xf32>
    %cst_1267 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4700 = stablehlo.broadcast_in_dim %cst_1267, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4701 = stablehlo.multiply %4700, %arg330 : tensor<1024xf32>
    %4702 = stablehlo.add %4699, %4701 : tensor<1024xf32>
    %4703 = stablehlo.multiply %3816, %3816 : tensor<1024xf32>
    %cst_1268 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4704 = stablehlo.broadcast_in_dim %cst_1268, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4705 = stablehlo.multiply %4704, %4703 : tensor<1024xf32>
    %cst_1269 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4706 = stablehlo.broadcast_in_dim %cst_1269, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4707 = stablehlo.multiply %4706, %arg331 : tensor<1024xf32>
    %4708 = stablehlo.add %4705, %4707 : tensor<1024xf32>
    %4709 = stablehlo.multiply %3721, %3721 : tensor<1024xf32>
    %cst_1270 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4710 = stablehlo.broadcast_in_dim %cst_1270, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4711 = stablehlo.multiply %4710, %4709 : tensor<1024xf32>
    %cst_1271 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4712 = stablehlo.broadcast_in_dim %cst_1271, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4713 = stablehlo.multiply %4712, %arg332 : tensor<1024xf32>
    %4714 = stablehlo.add %4711, %4713 : tensor<1024xf32>
    %4715 = stablehlo.multiply %3732, %3732 : tensor<1024xf32>
    %cst_1272 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4716 = stablehlo.broadcast_in_dim %cst_1272, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4717 = stablehlo.multiply %4716, %4715 : tensor<1024xf32>
    %cst_1273 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4718 = stablehlo.broadcast_in_dim %cst_1273, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4719 = stablehlo.multiply %4718, %arg333 : tensor<1024xf32>
    %4720 = stablehlo.add %4717, %4719 : tensor<1024xf32>
    %4721 = stablehlo.multiply %3660, %3660 : tensor<1024x3072xf32>
    %cst_1274 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4722 = stablehlo.broadcast_in_dim %cst_1274, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4723 = stablehlo.multiply %4722, %4721 : tensor<1024x3072xf32>
    %cst_1275 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4724 = stablehlo.broadcast_in_dim %cst_1275, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4725 = stablehlo.multiply %4724, %arg334 : tensor<1024x3072xf32>
    %4726 = stablehlo.add %4723, %4725 : tensor<1024x3072xf32>
    %4727 = stablehlo.multiply %3614, %3614 : tensor<1024xf32>
    %cst_1276 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4728 = stablehlo.broadcast_in_dim %cst_1276, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4729 = stablehlo.multiply %4728, %4727 : tensor<1024xf32>
    %cst_1277 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4730 = stablehlo.broadcast_in_dim %cst_1277, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4731 = stablehlo.multiply %4730, %arg335 : tensor<1024xf32>
    %4732 = stablehlo.add %4729, %4731 : tensor<1024xf32>
    %4733 = stablehlo.multiply %3616, %3616 : tensor<1024x1024xf32>
    %cst_1278 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4734 = stablehlo.broadcast_in_dim %cst_1278, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4735 = stablehlo.multiply %4734, %4733 : tensor<1024x1024xf32>
    %cst_1279 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4736 = stablehlo.broadcast_in_dim %cst_1279, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4737 = stablehlo.multiply %4736, %arg336 : tensor<1024x1024xf32>
    %4738 = stablehlo.add %4735, %4737 : tensor<1024x1024xf32>
    %4739 = stablehlo.multiply %3654, %3654 : tensor<1024xf32>
    %cst_1280 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4740 = stablehlo.broadcast_in_dim %cst_1280, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4741 = stablehlo.multiply %4740, %4739 : tensor<1024xf32>
    %cst_1281 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4742 = stablehlo.broadcast_in_dim %cst_1281, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4743 = stablehlo.multiply %4742, %arg337 : tensor<1024xf32>
    %4744 = stablehlo.add %4741, %4743 : tensor<1024xf32>
    %4745 = stablehlo.multiply %3645, %3645 : tensor<1024xf32>
    %cst_1282 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4746 = stablehlo.broadcast_in_dim %cst_1282, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4747 = stablehlo.multiply %4746, %4745 : tensor<1024xf32>
    %cst_1283 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4748 = stablehlo.broadcast_in_dim %cst_1283, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4749 = stablehlo.multiply %4748, %arg338 : tensor<1024xf32>
    %4750 = stablehlo.add %4747, %4749 : tensor<1024xf32>
    %4751 = stablehlo.multiply %3574, %3574 : tensor<4096xf32>
    %cst_1284 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4752 = stablehlo.broadcast_in_dim %cst_1284, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4753 = stablehlo.multiply %4752, %4751 : tensor<4096xf32>
    %cst_1285 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4754 = stablehlo.broadcast_in_dim %cst_1285, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4755 = stablehlo.multiply %4754, %arg339 : tensor<4096xf32>
    %4756 = stablehlo.add %4753, %4755 : tensor<4096xf32>
    %4757 = stablehlo.multiply %3576, %3576 : tensor<1024x4096xf32>
    %cst_1286 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4758 = stablehlo.broadcast_in_dim %cst_1286, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4759 = stablehlo.multiply %4758, %4757 : tensor<1024x4096xf32>
    %cst_1287 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4760 = stablehlo.broadcast_in_dim %cst_1287, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4761 = stablehlo.multiply %4760, %arg340 : tensor<1024x4096xf32>
    %4762 = stablehlo.add %4759, %4761 : tensor<1024x4096xf32>
    %4763 = stablehlo.multiply %3557, %3557 : tensor<1024xf32>
    %cst_1288 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4764 = stablehlo.broadcast_in_dim %cst_1288, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4765 = stablehlo.multiply %4764, %4763 : tensor<1024xf32>
    %cst_1289 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4766 = stablehlo.broadcast_in_dim %cst_1289, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4767 = stablehlo.multiply %4766, %arg341 : tensor<1024xf32>
    %4768 = stablehlo.add %4765, %4767 : tensor<1024xf32>
    %4769 = stablehlo.multiply %3559, %3559 : tensor<4096x1024xf32>
    %cst_1290 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4770 = stablehlo.broadcast_in_dim %cst_1290, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4771 = stablehlo.multiply %4770, %4769 : tensor<4096x1024xf32>
    %cst_1291 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4772 = stablehlo.broadcast_in_dim %cst_1291, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4773 = stablehlo.multiply %4772, %arg342 : tensor<4096x1024xf32>
    %4774 = stablehlo.add %4771, %4773 : tensor<4096x1024xf32>
    %4775 = stablehlo.multiply %3664, %3664 : tensor<1024xf32>
    %cst_1292 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4776 = stablehlo.broadcast_in_dim %cst_1292, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4777 = stablehlo.multiply %4776, %4775 : tensor<1024xf32>
    %cst_1293 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4778 = stablehlo.broadcast_in_dim %cst_1293, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4779 = stablehlo.multiply %4778, %arg343 : tensor<1024xf32>
    %4780 = stablehlo.add %4777, %4779 : tensor<1024xf32>
    %4781 = stablehlo.multiply %3675, %3675 : tensor<1024xf32>
    %cst_1294 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4782 = stablehlo.broadcast_in_dim %cst_1294, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4783 = stablehlo.multiply %4782, %4781 : tensor<1024xf32>
    %cst_1295 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4784 = stablehlo.broadcast_in_dim %cst_1295, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4785 = stablehlo.multiply %4784, %arg344 : tensor<1024xf32>
    %4786 = stablehlo.add %4783, %4785 : tensor<1024xf32>
    %4787 = stablehlo.multiply %3580, %3580 : tensor<1024xf32>
    %cst_1296 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4788 = stablehlo.broadcast_in_dim %cst_1296, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4789 = stablehlo.multiply %4788, %4787 : tensor<1024xf32>
    %cst_1297 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4790 = stablehlo.broadcast_in_dim %cst_1297, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4791 = stablehlo.multiply %4790, %arg345 : tensor<1024xf32>
    %4792 = stablehlo.add %4789, %4791 : tensor<1024xf32>
    %4793 = stablehlo.multiply %3591, %3591 : tensor<1024xf32>
    %cst_1298 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4794 = stablehlo.broadcast_in_dim %cst_1298, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4795 = stablehlo.multiply %4794, %4793 : tensor<1024xf32>
    %cst_1299 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4796 = stablehlo.broadcast_in_dim %cst_1299, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4797 = stablehlo.multiply %4796, %arg346 : tensor<1024xf32>
    %4798 = stablehlo.add %4795, %4797 : tensor<1024xf32>
    %4799 = stablehlo.multiply %2391, %2391 : tensor<1024x3072xf32>
    %cst_1300 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4800 = stablehlo.broadcast_in_dim %cst_1300, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4801 = stablehlo.multiply %4800, %4799 : tensor<1024x3072xf32>
    %cst_1301 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4802 = stablehlo.broadcast_in_dim %cst_1301, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4803 = stablehlo.multiply %4802, %arg347 : tensor<1024x3072xf32>
    %4804 = stablehlo.add %4801, %4803 : tensor<1024x3072xf32>
    %4805 = stablehlo.multiply %2345, %2345 : tensor<1024xf32>
    %cst_1302 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4806 = stablehlo.broadcast_in_dim %cst_1302, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4807 = stablehlo.multiply %4806, %4805 : tensor<1024xf32>
    %cst_1303 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4808 = stablehlo.broadcast_in_dim %cst_1303, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4809 = stablehlo.multiply %4808, %arg348 : tensor<1024xf32>
    %4810 = stablehlo.add %4807, %4809 : tensor<1024xf32>
    %4811 = stablehlo.multiply %2347, %2347 : tensor<1024x1024xf32>
    %cst_1304 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4812 = stablehlo.broadcast_in_dim %cst_1304, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4813 = stablehlo.multiply %4812, %4811 : tensor<1024x1024xf32>
    %cst_1305 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4814 = stablehlo.broadcast_in_dim %cst_1305, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4815 = stablehlo.multiply %4814, %arg349 : tensor<1024x1024xf32>
    %4816 = stablehlo.add %4813, %4815 : tensor<1024x1024xf32>
    %4817 = stablehlo.multiply %2385, %2385 : tensor<1024xf32>
    %cst_1306 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4818 = stablehlo.broadcast_in_dim %cst_1306, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4819 = stablehlo.multiply %4818, %4817 : tensor<1024xf32>
    %cst_1307 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4820 = stablehlo.broadcast_in_dim %cst_1307, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4821 = stablehlo.multiply %4820, %arg350 : tensor<1024xf32>
    %4822 = stablehlo.add %4819, %4821 : tensor<1024xf32>
    %4823 = stablehlo.multiply %2376, %2376 : tensor<1024xf32>
    %cst_1308 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4824 = stablehlo.broadcast_in_dim %cst_1308, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4825 = stablehlo.multiply %4824, %4823 : tensor<1024xf32>
    %cst_1309 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4826 = stablehlo.broadcast_in_dim %cst_1309, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4827 = stablehlo.multiply %4826, %arg351 : tensor<1024xf32>
    %4828 = stablehlo.add %4825, %4827 : tensor<1024xf32>
    %4829 = stablehlo.multiply %2305, %2305 : tensor<4096xf32>
    %cst_1310 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4830 = stablehlo.broadcast_in_dim %cst_1310, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4831 = stablehlo.multiply %4830, %4829 : tensor<4096xf32>
    %cst_1311 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4832 = stablehlo.broadcast_in_dim %cst_1311, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4833 = stablehlo.multiply %4832, %arg352 : tensor<4096xf32>
    %4834 = stablehlo.add %4831, %4833 : tensor<4096xf32>
    %4835 = stablehlo.multiply %2307, %2307 : tensor<1024x4096xf32>
    %cst_1312 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4836 = stablehlo.broadcast_in_dim %cst_1312, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4837 = stablehlo.multiply %4836, %4835 : tensor<1024x4096xf32>
    %cst_1313 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4838 = stablehlo.broadcast_in_dim %cst_1313, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4839 = stablehlo.multiply %4838, %arg353 : tensor<1024x4096xf32>
    %4840 = stablehlo.add %4837, %4839 : tensor<1024x4096xf32>
    %4841 = stablehlo.multiply %2288, %2288 : tensor<1024xf32>
    %cst_1314 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4842 = stablehlo.broadcast_in_dim %cst_1314, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4843 = stablehlo.multiply %4842, %4841 : tensor<1024xf32>
    %cst_1315 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4844 = stablehlo.broadcast_in_dim %cst_1315, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4845 = stablehlo.multiply %4844, %arg354 : tensor<1024xf32>
    %4846 = stablehlo.add %4843, %4845 : tensor<1024xf32>
    %4847 = stablehlo.multiply %2290, %2290 : tensor<4096x1024xf32>
    %cst_1316 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4848 = stablehlo.broadcast_in_dim %cst_1316, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4849 = stablehlo.multiply %4848, %4847 : tensor<4096x1024xf32>
    %cst_1317 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4850 = stablehlo.broadcast_in_dim %cst_1317, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4851 = stablehlo.multiply %4850, %arg355 : tensor<4096x1024xf32>
    %4852 = stablehlo.add %4849, %4851 : tensor<4096x1024xf32>
    %4853 = stablehlo.multiply %2395, %2395 : tensor<1024xf32>
    %cst_1318 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4854 = stablehlo.broadcast_in_dim %cst_1318, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4855 = stablehlo.multiply %4854, %4853 : tensor<1024xf32>
    %cst_1319 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4856 = stablehlo.broadcast_in_dim %cst_1319, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4857 = stablehlo.multiply %4856, %arg356 : tensor<1024xf32>
    %4858 = stablehlo.add %4855, %4857 : tensor<1024xf32>
    %4859 = stablehlo.multiply %2406, %2406 : tensor<1024xf32>
    %cst_1320 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4860 = stablehlo.broadcast_in_dim %cst_1320, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4861 = stablehlo.multiply %4860, %4859 : tensor<1024xf32>
    %cst_1321 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4862 = stablehlo.broadcast_in_dim %cst_1321, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4863 = stablehlo.multiply %4862, %arg357 : tensor<1024xf32>
    %4864 = stablehlo.add %4861, %4863 : tensor<1024xf32>
    %4865 = stablehlo.multiply %2311, %2311 : tensor<1024xf32>
    %cst_1322 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4866 = stablehlo.broadcast_in_dim %cst_1322, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4867 = stablehlo.multiply %4866, %4865 : tensor<1024xf32>
    %cst_1323 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4868 = stablehlo.broadcast_in_dim %cst_1323, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4869 = stablehlo.multiply %4868, %arg358 : tensor<1024xf32>
    %4870 = stablehlo.add %4867, %4869 : tensor<1024xf32>
    %4871 = stablehlo.multiply %2322, %2322 : tensor<1024xf32>
    %cst_1324 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4872 = stablehlo.broadcast_in_dim %cst_1324, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4873 = stablehlo.multiply %4872, %4871 : tensor<1024xf32>
    %cst_1325 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4874 = stablehlo.broadcast_in_dim %cst_1325, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4875 = stablehlo.multiply %4874, %arg359 : tensor<1024xf32>
    %4876 = stablehlo.add %4873, %4875 : tensor<1024xf32>
    %4877 = stablehlo.multiply %2250, %2250 : tensor<1024x3072xf32>
    %cst_1326 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4878 = stablehlo.broadcast_in_dim %cst_1326, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4879 = stablehlo.multiply %4878, %4877 : tensor<1024x3072xf32>
    %cst_1327 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4880 = stablehlo.broadcast_in_dim %cst_1327, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4881 = stablehlo.multiply %4880, %arg360 : tensor<1024x3072xf32>
    %4882 = stablehlo.add %4879, %4881 : tensor<1024x3072xf32>
    %4883 = stablehlo.multiply %2204, %2204 : tensor<1024xf32>
    %cst_1328 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4884 = stablehlo.broadcast_in_dim %cst_1328, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4885 = stablehlo.multiply %4884, %4883 : tensor<1024xf32>
    %cst_1329 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4886 = stablehlo.broadcast_in_dim %cst_1329, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4887 = stablehlo.multiply %4886, %arg361 : tensor<1024xf32>
    %4888 = stablehlo.add %4885, %4887 : tensor<1024xf32>
    %4889 = stablehlo.multiply %2206, %2206 : tensor<1024x1024xf32>
    %cst_1330 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4890 = stablehlo.broadcast_in_dim %cst_1330, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4891 = stablehlo.multiply %4890, %4889 : tensor<1024x1024xf32>
    %cst_1331 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4892 = stablehlo.broadcast_in_dim %cst_1331, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4893 = stablehlo.multiply %4892, %arg362 : tensor<1024x1024xf32>
    %4894 = stablehlo.add %4891, %4893 : tensor<1024x1024xf32>
    %4895 = stablehlo.multiply %2244, %2244 : tensor<1024xf32>
    %cst_1332 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4896 = stablehlo.broadcast_in_dim %cst_1332, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4897 = stablehlo.multiply %4896, %4895 : tensor<1024xf32>
    %cst_1333 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4898 = stablehlo.broadcast_in_dim %cst_1333, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4899 = stablehlo.multiply %4898, %arg363 : tensor<1024xf32>
    %4900 = stablehlo.add %4897, %4899 : tensor<1024xf32>
    %4901 = stablehlo.multiply %2235, %2235 : tensor<1024xf32>
    %cst_1334 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4902 = stablehlo.broadcast_in_dim %cst_1334, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4903 = stablehlo.multiply %4902, %4901 : tensor<1024xf32>
    %cst_1335 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4904 = stablehlo.broadcast_in_dim %cst_1335, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4905 = stablehlo.multiply %4904, %arg364 : tensor<1024xf32>
    %4906 = stablehlo.add %4903, %4905 : tensor<1024xf32>
    %4907 = stablehlo.multiply %2164, %2164 : tensor<4096xf32>
    %cst_1336 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4908 = stablehlo.broadcast_in_dim %cst_1336, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4909 = stablehlo.multiply %4908, %4907 : tensor<4096xf32>
    %cst_1337 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4910 = stablehlo.broadcast_in_dim %cst_1337, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4911 = stablehlo.multiply %4910, %arg365 : tensor<4096xf32>
    %4912 = stablehlo.add %4909, %4911 : tensor<4096xf32>
    %4913 = stablehlo.multiply %2166, %2166 : tensor<1024x4096xf32>
    %cst_1338 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4914 = stablehlo.broadcast_in_dim %cst_1338, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4915 = stablehlo.multiply %4914, %4913 : tensor<1024x4096xf32>
    %cst_1339 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4916 = stablehlo.broadcast_in_dim %cst_1339, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4917 = stablehlo.multiply %4916, %arg366 : tensor<1024x4096xf32>
    %4918 = stablehlo.add %4915, %4917 : tensor<1024x4096xf32>
    %4919 = stablehlo.multiply %2147, %2147 : tensor<1024xf32>
    %cst_1340 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4920 = stablehlo.broadcast_in_dim %cst_1340, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4921 = stablehlo.multiply %4920, %4919 : tensor<1024xf32>
    %cst_1341 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4922 = stablehlo.broadcast_in_dim %cst_1341, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4923 = stablehlo.multiply %4922, %arg367 : tensor<1024xf32>
    %4924 = stablehlo.add %4921, %4923 : tensor<1024xf32>
    %4925 = stablehlo.multiply %2149, %2149 : tensor<4096x1024xf32>
    %cst_1342 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4926 = stablehlo.broadcast_in_dim %cst_1342, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4927 = stablehlo.multiply %4926, %4925 : tensor<4096x1024xf32>
    %cst_1343 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4928 = stablehlo.broadcast_in_dim %cst_1343, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %4929 = stablehlo.multiply %4928, %arg368 : tensor<4096x1024xf32>
    %4930 = stablehlo.add %4927, %4929 : tensor<4096x1024xf32>
    %4931 = stablehlo.multiply %2254, %2254 : tensor<1024xf32>
    %cst_1344 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4932 = stablehlo.broadcast_in_dim %cst_1344, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4933 = stablehlo.multiply %4932, %4931 : tensor<1024xf32>
    %cst_1345 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4934 = stablehlo.broadcast_in_dim %cst_1345, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4935 = stablehlo.multiply %4934, %arg369 : tensor<1024xf32>
    %4936 = stablehlo.add %4933, %4935 : tensor<1024xf32>
    %4937 = stablehlo.multiply %2265, %2265 : tensor<1024xf32>
    %cst_1346 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4938 = stablehlo.broadcast_in_dim %cst_1346, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4939 = stablehlo.multiply %4938, %4937 : tensor<1024xf32>
    %cst_1347 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4940 = stablehlo.broadcast_in_dim %cst_1347, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4941 = stablehlo.multiply %4940, %arg370 : tensor<1024xf32>
    %4942 = stablehlo.add %4939, %4941 : tensor<1024xf32>
    %4943 = stablehlo.multiply %2170, %2170 : tensor<1024xf32>
    %cst_1348 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4944 = stablehlo.broadcast_in_dim %cst_1348, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4945 = stablehlo.multiply %4944, %4943 : tensor<1024xf32>
    %cst_1349 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4946 = stablehlo.broadcast_in_dim %cst_1349, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4947 = stablehlo.multiply %4946, %arg371 : tensor<1024xf32>
    %4948 = stablehlo.add %4945, %4947 : tensor<1024xf32>
    %4949 = stablehlo.multiply %2181, %2181 : tensor<1024xf32>
    %cst_1350 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4950 = stablehlo.broadcast_in_dim %cst_1350, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4951 = stablehlo.multiply %4950, %4949 : tensor<1024xf32>
    %cst_1351 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4952 = stablehlo.broadcast_in_dim %cst_1351, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4953 = stablehlo.multiply %4952, %arg372 : tensor<1024xf32>
    %4954 = stablehlo.add %4951, %4953 : tensor<1024xf32>
    %4955 = stablehlo.multiply %3519, %3519 : tensor<1024x3072xf32>
    %cst_1352 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4956 = stablehlo.broadcast_in_dim %cst_1352, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4957 = stablehlo.multiply %4956, %4955 : tensor<1024x3072xf32>
    %cst_1353 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4958 = stablehlo.broadcast_in_dim %cst_1353, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %4959 = stablehlo.multiply %4958, %arg373 : tensor<1024x3072xf32>
    %4960 = stablehlo.add %4957, %4959 : tensor<1024x3072xf32>
    %4961 = stablehlo.multiply %3473, %3473 : tensor<1024xf32>
    %cst_1354 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4962 = stablehlo.broadcast_in_dim %cst_1354, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4963 = stablehlo.multiply %4962, %4961 : tensor<1024xf32>
    %cst_1355 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4964 = stablehlo.broadcast_in_dim %cst_1355, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4965 = stablehlo.multiply %4964, %arg374 : tensor<1024xf32>
    %4966 = stablehlo.add %4963, %4965 : tensor<1024xf32>
    %4967 = stablehlo.multiply %3475, %3475 : tensor<1024x1024xf32>
    %cst_1356 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4968 = stablehlo.broadcast_in_dim %cst_1356, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4969 = stablehlo.multiply %4968, %4967 : tensor<1024x1024xf32>
    %cst_1357 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4970 = stablehlo.broadcast_in_dim %cst_1357, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %4971 = stablehlo.multiply %4970, %arg375 : tensor<1024x1024xf32>
    %4972 = stablehlo.add %4969, %4971 : tensor<1024x1024xf32>
    %4973 = stablehlo.multiply %3513, %3513 : tensor<1024xf32>
    %cst_1358 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4974 = stablehlo.broadcast_in_dim %cst_1358, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4975 = stablehlo.multiply %4974, %4973 : tensor<1024xf32>
    %cst_1359 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4976 = stablehlo.broadcast_in_dim %cst_1359, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4977 = stablehlo.multiply %4976, %arg376 : tensor<1024xf32>
    %4978 = stablehlo.add %4975, %4977 : tensor<1024xf32>
    %4979 = stablehlo.multiply %3504, %3504 : tensor<1024xf32>
    %cst_1360 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4980 = stablehlo.broadcast_in_dim %cst_1360, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4981 = stablehlo.multiply %4980, %4979 : tensor<1024xf32>
    %cst_1361 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4982 = stablehlo.broadcast_in_dim %cst_1361, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4983 = stablehlo.multiply %4982, %arg377 : tensor<1024xf32>
    %4984 = stablehlo.add %4981, %4983 : tensor<1024xf32>
    %4985 = stablehlo.multiply %3433, %3433 : tensor<4096xf32>
    %cst_1362 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4986 = stablehlo.broadcast_in_dim %cst_1362, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4987 = stablehlo.multiply %4986, %4985 : tensor<4096xf32>
    %cst_1363 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4988 = stablehlo.broadcast_in_dim %cst_1363, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %4989 = stablehlo.multiply %4988, %arg378 : tensor<4096xf32>
    %4990 = stablehlo.add %4987, %4989 : tensor<4096xf32>
    %4991 = stablehlo.multiply %3435, %3435 : tensor<1024x4096xf32>
    %cst_1364 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4992 = stablehlo.broadcast_in_dim %cst_1364, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4993 = stablehlo.multiply %4992, %4991 : tensor<1024x4096xf32>
    %cst_1365 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %4994 = stablehlo.broadcast_in_dim %cst_1365, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %4995 = stablehlo.multiply %4994, %arg379 : tensor<1024x4096xf32>
    %4996 = stablehlo.add %4993, %4995 : tensor<1024x4096xf32>
    %4997 = stablehlo.multiply %3416, %3416 : tensor<1024xf32>
    %cst_1366 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %4998 = stablehlo.broadcast_in_dim %cst_1366, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %4999 = stablehlo.multiply %4998, %4997 : tensor<1024xf32>
    %cst_1367 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5000 = stablehlo.broadcast_in_dim %cst_1367, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5001 = stablehlo.multiply %5000, %arg380 : tensor<1024xf32>
    %5002 = stablehlo.add %4999, %5001 : tensor<1024xf32>
    %5003 = stablehlo.multiply %3418, %3418 : tensor<4096x1024xf32>
    %cst_1368 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5004 = stablehlo.broadcast_in_dim %cst_1368, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5005 = stablehlo.multiply %5004, %5003 : tensor<4096x1024xf32>
    %cst_1369 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5006 = stablehlo.broadcast_in_dim %cst_1369, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5007 = stablehlo.multiply %5006, %arg381 : tensor<4096x1024xf32>
    %5008 = stablehlo.add %5005, %5007 : tensor<4096x1024xf32>
    %5009 = stablehlo.multiply %3523, %3523 : tensor<1024xf32>
    %cst_1370 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5010 = stablehlo.broadcast_in_dim %cst_1370, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5011 = stablehlo.multiply %5010, %5009 : tensor<1024xf32>
    %cst_1371 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5012 = stablehlo.broadcast_in_dim %cst_1371, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5013 = stablehlo.multiply %5012, %arg382 : tensor<1024xf32>
    %5014 = stablehlo.add %5011, %5013 : tensor<1024xf32>
    %5015 = stablehlo.multiply %3534, %3534 : tensor<1024xf32>
    %cst_1372 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5016 = stablehlo.broadcast_in_dim %cst_1372, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5017 = stablehlo.multiply %5016, %5015 : tensor<1024xf32>
    %cst_1373 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5018 = stablehlo.broadcast_in_dim %cst_1373, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5019 = stablehlo.multiply %5018, %arg383 : tensor<1024xf32>
    %5020 = stablehlo.add %5017, %5019 : tensor<1024xf32>
    %5021 = stablehlo.multiply %3439, %3439 : tensor<1024xf32>
    %cst_1374 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5022 = stablehlo.broadcast_in_dim %cst_1374, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5023 = stablehlo.multiply %5022, %5021 : tensor<1024xf32>
    %cst_1375 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5024 = stablehlo.broadcast_in_dim %cst_1375, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5025 = stablehlo.multiply %5024, %arg384 : tensor<1024xf32>
    %5026 = stablehlo.add %5023, %5025 : tensor<1024xf32>
    %5027 = stablehlo.multiply %3450, %3450 : tensor<1024xf32>
    %cst_1376 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5028 = stablehlo.broadcast_in_dim %cst_1376, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5029 = stablehlo.multiply %5028, %5027 : tensor<1024xf32>
    %cst_1377 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5030 = stablehlo.broadcast_in_dim %cst_1377, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5031 = stablehlo.multiply %5030, %arg385 : tensor<1024xf32>
    %5032 = stablehlo.add %5029, %5031 : tensor<1024xf32>
    %5033 = stablehlo.multiply %3378, %3378 : tensor<1024x3072xf32>
    %cst_1378 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5034 = stablehlo.broadcast_in_dim %cst_1378, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5035 = stablehlo.multiply %5034, %5033 : tensor<1024x3072xf32>
    %cst_1379 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5036 = stablehlo.broadcast_in_dim %cst_1379, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5037 = stablehlo.multiply %5036, %arg386 : tensor<1024x3072xf32>
    %5038 = stablehlo.add %5035, %5037 : tensor<1024x3072xf32>
    %5039 = stablehlo.multiply %3332, %3332 : tensor<1024xf32>
    %cst_1380 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5040 = stablehlo.broadcast_in_dim %cst_1380, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5041 = stablehlo.multiply %5040, %5039 : tensor<1024xf32>
    %cst_1381 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5042 = stablehlo.broadcast_in_dim %cst_1381, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5043 = stablehlo.multiply %5042, %arg387 : tensor<1024xf32>
    %5044 = stablehlo.add %5041, %5043 : tensor<1024xf32>
    %5045 = stablehlo.multiply %3334, %3334 : tensor<1024x1024xf32>
    %cst_1382 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5046 = stablehlo.broadcast_in_dim %cst_1382, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5047 = stablehlo.multiply %5046, %5045 : tensor<1024x1024xf32>
    %cst_1383 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5048 = stablehlo.broadcast_in_dim %cst_1383, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5049 = stablehlo.multiply %5048, %arg388 : tensor<1024x1024xf32>
    %5050 = stablehlo.add %5047, %5049 : tensor<1024x1024xf32>
    %5051 = stablehlo.multiply %3372, %3372 : tensor<1024xf32>
    %cst_1384 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5052 = stablehlo.broadcast_in_dim %cst_1384, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5053 = stablehlo.multiply %5052, %5051 : tensor<1024xf32>
    %cst_1385 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5054 = stablehlo.broadcast_in_dim %cst_1385, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5055 = stablehlo.multiply %5054, %arg389 : tensor<1024xf32>
    %5056 = stablehlo.add %5053, %5055 : tensor<1024xf32>
    %5057 = stablehlo.multiply %3363, %3363 : tensor<1024xf32>
    %cst_1386 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5058 = stablehlo.broadcast_in_dim %cst_1386, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5059 = stablehlo.multiply %5058, %5057 : tensor<1024xf32>
    %cst_1387 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5060 = stablehlo.broadcast_in_dim %cst_1387, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5061 = stablehlo.multiply %5060, %arg390 : tensor<1024xf32>
    %5062 = stablehlo.add %5059, %5061 : tensor<1024xf32>
    %5063 = stablehlo.multiply %3292, %3292 : tensor<4096xf32>
    %cst_1388 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5064 = stablehlo.broadcast_in_dim %cst_1388, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5065 = stablehlo.multiply %5064, %5063 : tensor<4096xf32>
    %cst_1389 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5066 = stablehlo.broadcast_in_dim %cst_1389, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5067 = stablehlo.multiply %5066, %arg391 : tensor<4096xf32>
    %5068 = stablehlo.add %5065, %5067 : tensor<4096xf32>
    %5069 = stablehlo.multiply %3294, %3294 : tensor<1024x4096xf32>
    %cst_1390 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5070 = stablehlo.broadcast_in_dim %cst_1390, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5071 = stablehlo.multiply %5070, %5069 : tensor<1024x4096xf32>
    %cst_1391 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5072 = stablehlo.broadcast_in_dim %cst_1391, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5073 = stablehlo.multiply %5072, %arg392 : tensor<1024x4096xf32>
    %5074 = stablehlo.add %5071, %5073 : tensor<1024x4096xf32>
    %5075 = stablehlo.multiply %3275, %3275 : tensor<1024xf32>
    %cst_1392 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5076 = stablehlo.broadcast_in_dim %cst_1392, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5077 = stablehlo.multiply %5076, %5075 : tensor<1024xf32>
    %cst_1393 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5078 = stablehlo.broadcast_in_dim %cst_1393, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5079 = stablehlo.multiply %5078, %arg393 : tensor<1024xf32>
    %5080 = stablehlo.add %5077, %5079 : tensor<1024xf32>
    %5081 = stablehlo.multiply %3277, %3277 : tensor<4096x1024xf32>
    %cst_1394 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5082 = stablehlo.broadcast_in_dim %cst_1394, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5083 = stablehlo.multiply %5082, %5081 : tensor<4096x1024xf32>
    %cst_1395 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5084 = stablehlo.broadcast_in_dim %cst_1395, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5085 = stablehlo.multiply %5084, %arg394 : tensor<4096x1024xf32>
    %5086 = stablehlo.add %5083, %5085 : tensor<4096x1024xf32>
    %5087 = stablehlo.multiply %3382, %3382 : tensor<1024xf32>
    %cst_1396 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5088 = stablehlo.broadcast_in_dim %cst_1396, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5089 = stablehlo.multiply %5088, %5087 : tensor<1024xf32>
    %cst_1397 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5090 = stablehlo.broadcast_in_dim %cst_1397, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5091 = stablehlo.multiply %5090, %arg395 : tensor<1024xf32>
    %5092 = stablehlo.add %5089, %5091 : tensor<1024xf32>
    %5093 = stablehlo.multiply %3393, %3393 : tensor<1024xf32>
    %cst_1398 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5094 = stablehlo.broadcast_in_dim %cst_1398, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5095 = stablehlo.multiply %5094, %5093 : tensor<1024xf32>
    %cst_1399 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5096 = stablehlo.broadcast_in_dim %cst_1399, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5097 = stablehlo.multiply %5096, %arg396 : tensor<1024xf32>
    %5098 = stablehlo.add %5095, %5097 : tensor<1024xf32>
    %5099 = stablehlo.multiply %3298, %3298 : tensor<1024xf32>
    %cst_1400 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5100 = stablehlo.broadcast_in_dim %cst_1400, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5101 = stablehlo.multiply %5100, %5099 : tensor<1024xf32>
    %cst_1401 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5102 = stablehlo.broadcast_in_dim %cst_1401, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5103 = stablehlo.multiply %5102, %arg397 : tensor<1024xf32>
    %5104 = stablehlo.add %5101, %5103 : tensor<1024xf32>
    %5105 = stablehlo.multiply %3309, %3309 : tensor<1024xf32>
    %cst_1402 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5106 = stablehlo.broadcast_in_dim %cst_1402, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5107 = stablehlo.multiply %5106, %5105 : tensor<1024xf32>
    %cst_1403 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5108 = stablehlo.broadcast_in_dim %cst_1403, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5109 = stablehlo.multiply %5108, %arg398 : tensor<1024xf32>
    %5110 = stablehlo.add %5107, %5109 : tensor<1024xf32>
    %5111 = stablehlo.multiply %3237, %3237 : tensor<1024x3072xf32>
    %cst_1404 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5112 = stablehlo.broadcast_in_dim %cst_1404, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5113 = stablehlo.multiply %5112, %5111 : tensor<1024x3072xf32>
    %cst_1405 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5114 = stablehlo.broadcast_in_dim %cst_1405, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5115 = stablehlo.multiply %5114, %arg399 : tensor<1024x3072xf32>
    %5116 = stablehlo.add %5113, %5115 : tensor<1024x3072xf32>
    %5117 = stablehlo.multiply %3191, %3191 : tensor<1024xf32>
    %cst_1406 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5118 = stablehlo.broadcast_in_dim %cst_1406, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5119 = stablehlo.multiply %5118, %5117 : tensor<1024xf32>
    %cst_1407 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5120 = stablehlo.broadcast_in_dim %cst_1407, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5121 = stablehlo.multiply %5120, %arg400 : tensor<1024xf32>
    %5122 = stablehlo.add %5119, %5121 : tensor<1024xf32>
    %5123 = stablehlo.multiply %3193, %3193 : tensor<1024x1024xf32>
    %cst_1408 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5124 = stablehlo.broadcast_in_dim %cst_1408, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5125 = stablehlo.multiply %5124, %5123 : tensor<1024x1024xf32>
    %cst_1409 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5126 = stablehlo.broadcast_in_dim %cst_1409, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5127 = stablehlo.multiply %5126, %arg401 : tensor<1024x1024xf32>
    %5128 = stablehlo.add %5125, %5127 : tensor<1024x1024xf32>
    %5129 = stablehlo.multiply %3231, %3231 : tensor<1024xf32>
    %cst_1410 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5130 = stablehlo.broadcast_in_dim %cst_1410, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5131 = stablehlo.multiply %5130, %5129 : tensor<1024xf32>
    %cst_1411 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5132 = stablehlo.broadcast_in_dim %cst_1411, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5133 = stablehlo.multiply %5132, %arg402 : tensor<1024xf32>
    %5134 = stablehlo.add %5131, %5133 : tensor<1024xf32>
    %5135 = stablehlo.multiply %3222, %3222 : tensor<1024xf32>
    %cst_1412 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5136 = stablehlo.broadcast_in_dim %cst_1412, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5137 = stablehlo.multiply %5136, %5135 : tensor<1024xf32>
    %cst_1413 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5138 = stablehlo.broadcast_in_dim %cst_1413, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5139 = stablehlo.multiply %5138, %arg403 : tensor<1024xf32>
    %5140 = stablehlo.add %5137, %5139 : tensor<1024xf32>
    %5141 = stablehlo.multiply %3151, %3151 : tensor<4096xf32>
    %cst_1414 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5142 = stablehlo.broadcast_in_dim %cst_1414, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5143 = stablehlo.multiply %5142, %5141 : tensor<4096xf32>
    %cst_1415 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5144 = stablehlo.broadcast_in_dim %cst_1415, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5145 = stablehlo.multiply %5144, %arg404 : tensor<4096xf32>
    %5146 = stablehlo.add %5143, %5145 : tensor<4096xf32>
    %5147 = stablehlo.multiply %3153, %3153 : tensor<1024x4096xf32>
    %cst_1416 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5148 = stablehlo.broadcast_in_dim %cst_1416, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5149 = stablehlo.multiply %5148, %5147 : tensor<1024x4096xf32>
    %cst_1417 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5150 = stablehlo.broadcast_in_dim %cst_1417, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5151 = stablehlo.multiply %5150, %arg405 : tensor<1024x4096xf32>
    %5152 = stablehlo.add %5149, %5151 : tensor<1024x4096xf32>
    %5153 = stablehlo.multiply %3134, %3134 : tensor<1024xf32>
    %cst_1418 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5154 = stablehlo.broadcast_in_dim %cst_1418, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5155 = stablehlo.multiply %5154, %5153 : tensor<1024xf32>
    %cst_1419 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5156 = stablehlo.broadcast_in_dim %cst_1419, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5157 = stablehlo.multiply %5156, %arg406 : tensor<1024xf32>
    %5158 = stablehlo.add %5155, %5157 : tensor<1024xf32>
    %5159 = stablehlo.multiply %3136, %3136 : tensor<4096x1024xf32>
    %cst_1420 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5160 = stablehlo.broadcast_in_dim %cst_1420, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5161 = stablehlo.multiply %5160, %5159 : tensor<4096x1024xf32>
    %cst_1421 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5162 = stablehlo.broadcast_in_dim %cst_1421, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5163 = stablehlo.multiply %5162, %arg407 : tensor<4096x1024xf32>
    %5164 = stablehlo.add %5161, %5163 : tensor<4096x1024xf32>
    %5165 = stablehlo.multiply %3241, %3241 : tensor<1024xf32>
    %cst_1422 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5166 = stablehlo.broadcast_in_dim %cst_1422, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5167 = stablehlo.multiply %5166, %5165 : tensor<1024xf32>
    %cst_1423 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5168 = stablehlo.broadcast_in_dim %cst_1423, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5169 = stablehlo.multiply %5168, %arg408 : tensor<1024xf32>
    %5170 = stablehlo.add %5167, %5169 : tensor<1024xf32>
    %5171 = stablehlo.multiply %3252, %3252 : tensor<1024xf32>
    %cst_1424 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5172 = stablehlo.broadcast_in_dim %cst_1424, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5173 = stablehlo.multiply %5172, %5171 : tensor<1024xf32>
    %cst_1425 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5174 = stablehlo.broadcast_in_dim %cst_1425, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5175 = stablehlo.multiply %5174, %arg409 : tensor<1024xf32>
    %5176 = stablehlo.add %5173, %5175 : tensor<1024xf32>
    %5177 = stablehlo.multiply %3157, %3157 : tensor<1024xf32>
    %cst_1426 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5178 = stablehlo.broadcast_in_dim %cst_1426, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5179 = stablehlo.multiply %5178, %5177 : tensor<1024xf32>
    %cst_1427 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5180 = stablehlo.broadcast_in_dim %cst_1427, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5181 = stablehlo.multiply %5180, %arg410 : tensor<1024xf32>
    %5182 = stablehlo.add %5179, %5181 : tensor<1024xf32>
    %5183 = stablehlo.multiply %3168, %3168 : tensor<1024xf32>
    %cst_1428 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5184 = stablehlo.broadcast_in_dim %cst_1428, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5185 = stablehlo.multiply %5184, %5183 : tensor<1024xf32>
    %cst_1429 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5186 = stablehlo.broadcast_in_dim %cst_1429, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5187 = stablehlo.multiply %5186, %arg411 : tensor<1024xf32>
    %5188 = stablehlo.add %5185, %5187 : tensor<1024xf32>
    %5189 = stablehlo.multiply %3096, %3096 : tensor<1024x3072xf32>
    %cst_1430 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5190 = stablehlo.broadcast_in_dim %cst_1430, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5191 = stablehlo.multiply %5190, %5189 : tensor<1024x3072xf32>
    %cst_1431 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5192 = stablehlo.broadcast_in_dim %cst_1431, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5193 = stablehlo.multiply %5192, %arg412 : tensor<1024x3072xf32>
    %5194 = stablehlo.add %5191, %5193 : tensor<1024x3072xf32>
    %5195 = stablehlo.multiply %3050, %3050 : tensor<1024xf32>
    %cst_1432 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5196 = stablehlo.broadcast_in_dim %cst_1432, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5197 = stablehlo.multiply %5196, %5195 : tensor<1024xf32>
    %cst_1433 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5198 = stablehlo.broadcast_in_dim %cst_1433, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5199 = stablehlo.multiply %5198, %arg413 : tensor<1024xf32>
    %5200 = stablehlo.add %5197, %5199 : tensor<1024xf32>
    %5201 = stablehlo.multiply %3052, %3052 : tensor<1024x1024xf32>
    %cst_1434 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5202 = stablehlo.broadcast_in_dim %cst_1434, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5203 = stablehlo.multiply %5202, %5201 : tensor<1024x1024xf32>
    %cst_1435 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5204 = stablehlo.broadcast_in_dim %cst_1435, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5205 = stablehlo.multiply %5204, %arg414 : tensor<1024x1024xf32>
    %5206 = stablehlo.add %5203, %5205 : tensor<1024x1024xf32>
    %5207 = stablehlo.multiply %3090, %3090 : tensor<1024xf32>
    %cst_1436 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5208 = stablehlo.broadcast_in_dim %cst_1436, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5209 = stablehlo.multiply %5208, %5207 : tensor<1024xf32>
    %cst_1437 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5210 = stablehlo.broadcast_in_dim %cst_1437, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5211 = stablehlo.multiply %5210, %arg415 : tensor<1024xf32>
    %5212 = stablehlo.add %5209, %5211 : tensor<1024xf32>
    %5213 = stablehlo.multiply %3081, %3081 : tensor<1024xf32>
    %cst_1438 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5214 = stablehlo.broadcast_in_dim %cst_1438, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5215 = stablehlo.multiply %5214, %5213 : tensor<1024xf32>
    %cst_1439 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5216 = stablehlo.broadcast_in_dim %cst_1439, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5217 = stablehlo.multiply %5216, %arg416 : tensor<1024xf32>
    %5218 = stablehlo.add %5215, %5217 : tensor<1024xf32>
    %5219 = stablehlo.multiply %3010, %3010 : tensor<4096xf32>
    %cst_1440 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5220 = stablehlo.broadcast_in_dim %cst_1440, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5221 = stablehlo.multiply %5220, %5219 : tensor<4096xf32>
    %cst_1441 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5222 = stablehlo.broadcast_in_dim %cst_1441, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5223 = stablehlo.multiply %5222, %arg417 : tensor<4096xf32>
    %5224 = stablehlo.add %5221, %5223 : tensor<4096xf32>
    %5225 = stablehlo.multiply %3012, %3012 : tensor<1024x4096xf32>
    %cst_1442 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5226 = stablehlo.broadcast_in_dim %cst_1442, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5227 = stablehlo.multiply %5226, %5225 : tensor<1024x4096xf32>
    %cst_1443 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5228 = stablehlo.broadcast_in_dim %cst_1443, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5229 = stablehlo.multiply %5228, %arg418 : tensor<1024x4096xf32>
    %5230 = stablehlo.add %5227, %5229 : tensor<1024x4096xf32>
    %5231 = stablehlo.multiply %2993, %2993 : tensor<1024xf32>
    %cst_1444 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5232 = stablehlo.broadcast_in_dim %cst_1444, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5233 = stablehlo.multiply %5232, %5231 : tensor<1024xf32>
    %cst_1445 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5234 = stablehlo.broadcast_in_dim %cst_1445, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5235 = stablehlo.multiply %5234, %arg419 : tensor<1024xf32>
    %5236 = stablehlo.add %5233, %5235 : tensor<1024xf32>
    %5237 = stablehlo.multiply %2995, %2995 : tensor<4096x1024xf32>
    %cst_1446 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5238 = stablehlo.broadcast_in_dim %cst_1446, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5239 = stablehlo.multiply %5238, %5237 : tensor<4096x1024xf32>
    %cst_1447 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5240 = stablehlo.broadcast_in_dim %cst_1447, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5241 = stablehlo.multiply %5240, %arg420 : tensor<4096x1024xf32>
    %5242 = stablehlo.add %5239, %5241 : tensor<4096x1024xf32>
    %5243 = stablehlo.multiply %3100, %3100 : tensor<1024xf32>
    %cst_1448 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5244 = stablehlo.broadcast_in_dim %cst_1448, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5245 = stablehlo.multiply %5244, %5243 : tensor<1024xf32>
    %cst_1449 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5246 = stablehlo.broadcast_in_dim %cst_1449, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5247 = stablehlo.multiply %5246, %arg421 : tensor<1024xf32>
    %5248 = stablehlo.add %5245, %5247 : tensor<1024xf32>
    %5249 = stablehlo.multiply %3111, %3111 : tensor<1024xf32>
    %cst_1450 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5250 = stablehlo.broadcast_in_dim %cst_1450, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5251 = stablehlo.multiply %5250, %5249 : tensor<1024xf32>
    %cst_1451 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5252 = stablehlo.broadcast_in_dim %cst_1451, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5253 = stablehlo.multiply %5252, %arg422 : tensor<1024xf32>
    %5254 = stablehlo.add %5251, %5253 : tensor<1024xf32>
    %5255 = stablehlo.multiply %3016, %3016 : tensor<1024xf32>
    %cst_1452 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5256 = stablehlo.broadcast_in_dim %cst_1452, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5257 = stablehlo.multiply %5256, %5255 : tensor<1024xf32>
    %cst_1453 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5258 = stablehlo.broadcast_in_dim %cst_1453, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5259 = stablehlo.multiply %5258, %arg423 : tensor<1024xf32>
    %5260 = stablehlo.add %5257, %5259 : tensor<1024xf32>
    %5261 = stablehlo.multiply %3027, %3027 : tensor<1024xf32>
    %cst_1454 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5262 = stablehlo.broadcast_in_dim %cst_1454, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5263 = stablehlo.multiply %5262, %5261 : tensor<1024xf32>
    %cst_1455 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5264 = stablehlo.broadcast_in_dim %cst_1455, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5265 = stablehlo.multiply %5264, %arg424 : tensor<1024xf32>
    %5266 = stablehlo.add %5263, %5265 : tensor<1024xf32>
    %5267 = stablehlo.multiply %2955, %2955 : tensor<1024x3072xf32>
    %cst_1456 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5268 = stablehlo.broadcast_in_dim %cst_1456, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5269 = stablehlo.multiply %5268, %5267 : tensor<1024x3072xf32>
    %cst_1457 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5270 = stablehlo.broadcast_in_dim %cst_1457, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5271 = stablehlo.multiply %5270, %arg425 : tensor<1024x3072xf32>
    %5272 = stablehlo.add %5269, %5271 : tensor<1024x3072xf32>
    %5273 = stablehlo.multiply %2909, %2909 : tensor<1024xf32>
    %cst_1458 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5274 = stablehlo.broadcast_in_dim %cst_1458, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5275 = stablehlo.multiply %5274, %5273 : tensor<1024xf32>
    %cst_1459 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5276 = stablehlo.broadcast_in_dim %cst_1459, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5277 = stablehlo.multiply %5276, %arg426 : tensor<1024xf32>
    %5278 = stablehlo.add %5275, %5277 : tensor<1024xf32>
    %5279 = stablehlo.multiply %2911, %2911 : tensor<1024x1024xf32>
    %cst_1460 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5280 = stablehlo.broadcast_in_dim %cst_1460, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5281 = stablehlo.multiply %5280, %5279 : tensor<1024x1024xf32>
    %cst_1461 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5282 = stablehlo.broadcast_in_dim %cst_1461, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5283 = stablehlo.multiply %5282, %arg427 : tensor<1024x1024xf32>
    %5284 = stablehlo.add %5281, %5283 : tensor<1024x1024xf32>
    %5285 = stablehlo.multiply %2949, %2949 : tensor<1024xf32>
    %cst_1462 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5286 = stablehlo.broadcast_in_dim %cst_1462, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5287 = stablehlo.multiply %5286, %5285 : tensor<1024xf32>
    %cst_1463 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5288 = stablehlo.broadcast_in_dim %cst_1463, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5289 = stablehlo.multiply %5288, %arg428 : tensor<1024xf32>
    %5290 = stablehlo.add %5287, %5289 : tensor<1024xf32>
    %5291 = stablehlo.multiply %2940, %2940 : tensor<1024xf32>
    %cst_1464 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5292 = stablehlo.broadcast_in_dim %cst_1464, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5293 = stablehlo.multiply %5292, %5291 : tensor<1024xf32>
    %cst_1465 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5294 = stablehlo.broadcast_in_dim %cst_1465, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5295 = stablehlo.multiply %5294, %arg429 : tensor<1024xf32>
    %5296 = stablehlo.add %5293, %5295 : tensor<1024xf32>
    %5297 = stablehlo.multiply %2869, %2869 : tensor<4096xf32>
    %cst_1466 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5298 = stablehlo.broadcast_in_dim %cst_1466, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5299 = stablehlo.multiply %5298, %5297 : tensor<4096xf32>
    %cst_1467 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5300 = stablehlo.broadcast_in_dim %cst_1467, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5301 = stablehlo.multiply %5300, %arg430 : tensor<4096xf32>
    %5302 = stablehlo.add %5299, %5301 : tensor<4096xf32>
    %5303 = stablehlo.multiply %2871, %2871 : tensor<1024x4096xf32>
    %cst_1468 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5304 = stablehlo.broadcast_in_dim %cst_1468, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5305 = stablehlo.multiply %5304, %5303 : tensor<1024x4096xf32>
    %cst_1469 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5306 = stablehlo.broadcast_in_dim %cst_1469, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5307 = stablehlo.multiply %5306, %arg431 : tensor<1024x4096xf32>
    %5308 = stablehlo.add %5305, %5307 : tensor<1024x4096xf32>
    %5309 = stablehlo.multiply %2852, %2852 : tensor<1024xf32>
    %cst_1470 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5310 = stablehlo.broadcast_in_dim %cst_1470, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5311 = stablehlo.multiply %5310, %5309 : tensor<1024xf32>
    %cst_1471 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5312 = stablehlo.broadcast_in_dim %cst_1471, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5313 = stablehlo.multiply %5312, %arg432 : tensor<1024xf32>
    %5314 = stablehlo.add %5311, %5313 : tensor<1024xf32>
    %5315 = stablehlo.multiply %2854, %2854 : tensor<4096x1024xf32>
    %cst_1472 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5316 = stablehlo.broadcast_in_dim %cst_1472, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5317 = stablehlo.multiply %5316, %5315 : tensor<4096x1024xf32>
    %cst_1473 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5318 = stablehlo.broadcast_in_dim %cst_1473, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5319 = stablehlo.multiply %5318, %arg433 : tensor<4096x1024xf32>
    %5320 = stablehlo.add %5317, %5319 : tensor<4096x1024xf32>
    %5321 = stablehlo.multiply %2959, %2959 : tensor<1024xf32>
    %cst_1474 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5322 = stablehlo.broadcast_in_dim %cst_1474, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5323 = stablehlo.multiply %5322, %5321 : tensor<1024xf32>
    %cst_1475 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5324 = stablehlo.broadcast_in_dim %cst_1475, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5325 = stablehlo.multiply %5324, %arg434 : tensor<1024xf32>
    %5326 = stablehlo.add %5323, %5325 : tensor<1024xf32>
    %5327 = stablehlo.multiply %2970, %2970 : tensor<1024xf32>
    %cst_1476 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5328 = stablehlo.broadcast_in_dim %cst_1476, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5329 = stablehlo.multiply %5328, %5327 : tensor<1024xf32>
    %cst_1477 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5330 = stablehlo.broadcast_in_dim %cst_1477, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5331 = stablehlo.multiply %5330, %arg435 : tensor<1024xf32>
    %5332 = stablehlo.add %5329, %5331 : tensor<1024xf32>
    %5333 = stablehlo.multiply %2875, %2875 : tensor<1024xf32>
    %cst_1478 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5334 = stablehlo.broadcast_in_dim %cst_1478, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5335 = stablehlo.multiply %5334, %5333 : tensor<1024xf32>
    %cst_1479 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5336 = stablehlo.broadcast_in_dim %cst_1479, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5337 = stablehlo.multiply %5336, %arg436 : tensor<1024xf32>
    %5338 = stablehlo.add %5335, %5337 : tensor<1024xf32>
    %5339 = stablehlo.multiply %2886, %2886 : tensor<1024xf32>
    %cst_1480 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5340 = stablehlo.broadcast_in_dim %cst_1480, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5341 = stablehlo.multiply %5340, %5339 : tensor<1024xf32>
    %cst_1481 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5342 = stablehlo.broadcast_in_dim %cst_1481, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5343 = stablehlo.multiply %5342, %arg437 : tensor<1024xf32>
    %5344 = stablehlo.add %5341, %5343 : tensor<1024xf32>
    %5345 = stablehlo.multiply %2814, %2814 : tensor<1024x3072xf32>
    %cst_1482 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5346 = stablehlo.broadcast_in_dim %cst_1482, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5347 = stablehlo.multiply %5346, %5345 : tensor<1024x3072xf32>
    %cst_1483 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5348 = stablehlo.broadcast_in_dim %cst_1483, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5349 = stablehlo.multiply %5348, %arg438 : tensor<1024x3072xf32>
    %5350 = stablehlo.add %5347, %5349 : tensor<1024x3072xf32>
    %5351 = stablehlo.multiply %2768, %2768 : tensor<1024xf32>
    %cst_1484 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5352 = stablehlo.broadcast_in_dim %cst_1484, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5353 = stablehlo.multiply %5352, %5351 : tensor<1024xf32>
    %cst_1485 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5354 = stablehlo.broadcast_in_dim %cst_1485, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5355 = stablehlo.multiply %5354, %arg439 : tensor<1024xf32>
    %5356 = stablehlo.add %5353, %5355 : tensor<1024xf32>
    %5357 = stablehlo.multiply %2770, %2770 : tensor<1024x1024xf32>
    %cst_1486 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5358 = stablehlo.broadcast_in_dim %cst_1486, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5359 = stablehlo.multiply %5358, %5357 : tensor<1024x1024xf32>
    %cst_1487 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5360 = stablehlo.broadcast_in_dim %cst_1487, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5361 = stablehlo.multiply %5360, %arg440 : tensor<1024x1024xf32>
    %5362 = stablehlo.add %5359, %5361 : tensor<1024x1024xf32>
    %5363 = stablehlo.multiply %2808, %2808 : tensor<1024xf32>
    %cst_1488 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5364 = stablehlo.broadcast_in_dim %cst_1488, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5365 = stablehlo.multiply %5364, %5363 : tensor<1024xf32>
    %cst_1489 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5366 = stablehlo.broadcast_in_dim %cst_1489, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5367 = stablehlo.multiply %5366, %arg441 : tensor<1024xf32>
    %5368 = stablehlo.add %5365, %5367 : tensor<1024xf32>
    %5369 = stablehlo.multiply %2799, %2799 : tensor<1024xf32>
    %cst_1490 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5370 = stablehlo.broadcast_in_dim %cst_1490, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5371 = stablehlo.multiply %5370, %5369 : tensor<1024xf32>
    %cst_1491 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5372 = stablehlo.broadcast_in_dim %cst_1491, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5373 = stablehlo.multiply %5372, %arg442 : tensor<1024xf32>
    %5374 = stablehlo.add %5371, %5373 : tensor<1024xf32>
    %5375 = stablehlo.multiply %2728, %2728 : tensor<4096xf32>
    %cst_1492 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5376 = stablehlo.broadcast_in_dim %cst_1492, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5377 = stablehlo.multiply %5376, %5375 : tensor<4096xf32>
    %cst_1493 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5378 = stablehlo.broadcast_in_dim %cst_1493, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5379 = stablehlo.multiply %5378, %arg443 : tensor<4096xf32>
    %5380 = stablehlo.add %5377, %5379 : tensor<4096xf32>
    %5381 = stablehlo.multiply %2730, %2730 : tensor<1024x4096xf32>
    %cst_1494 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5382 = stablehlo.broadcast_in_dim %cst_1494, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5383 = stablehlo.multiply %5382, %5381 : tensor<1024x4096xf32>
    %cst_1495 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5384 = stablehlo.broadcast_in_dim %cst_1495, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5385 = stablehlo.multiply %5384, %arg444 : tensor<1024x4096xf32>
    %5386 = stablehlo.add %5383, %5385 : tensor<1024x4096xf32>
    %5387 = stablehlo.multiply %2711, %2711 : tensor<1024xf32>
    %cst_1496 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5388 = stablehlo.broadcast_in_dim %cst_1496, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5389 = stablehlo.multiply %5388, %5387 : tensor<1024xf32>
    %cst_1497 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5390 = stablehlo.broadcast_in_dim %cst_1497, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5391 = stablehlo.multiply %5390, %arg445 : tensor<1024xf32>
    %5392 = stablehlo.add %5389, %5391 : tensor<1024xf32>
    %5393 = stablehlo.multiply %2713, %2713 : tensor<4096x1024xf32>
    %cst_1498 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5394 = stablehlo.broadcast_in_dim %cst_1498, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5395 = stablehlo.multiply %5394, %5393 : tensor<4096x1024xf32>
    %cst_1499 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5396 = stablehlo.broadcast_in_dim %cst_1499, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5397 = stablehlo.multiply %5396, %arg446 : tensor<4096x1024xf32>
    %5398 = stablehlo.add %5395, %5397 : tensor<4096x1024xf32>
    %5399 = stablehlo.multiply %2818, %2818 : tensor<1024xf32>
    %cst_1500 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5400 = stablehlo.broadcast_in_dim %cst_1500, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5401 = stablehlo.multiply %5400, %5399 : tensor<1024xf32>
    %cst_1501 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5402 = stablehlo.broadcast_in_dim %cst_1501, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5403 = stablehlo.multiply %5402, %arg447 : tensor<1024xf32>
    %5404 = stablehlo.add %5401, %5403 : tensor<1024xf32>
    %5405 = stablehlo.multiply %2829, %2829 : tensor<1024xf32>
    %cst_1502 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5406 = stablehlo.broadcast_in_dim %cst_1502, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5407 = stablehlo.multiply %5406, %5405 : tensor<1024xf32>
    %cst_1503 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5408 = stablehlo.broadcast_in_dim %cst_1503, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5409 = stablehlo.multiply %5408, %arg448 : tensor<1024xf32>
    %5410 = stablehlo.add %5407, %5409 : tensor<1024xf32>
    %5411 = stablehlo.multiply %2734, %2734 : tensor<1024xf32>
    %cst_1504 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5412 = stablehlo.broadcast_in_dim %cst_1504, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5413 = stablehlo.multiply %5412, %5411 : tensor<1024xf32>
    %cst_1505 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5414 = stablehlo.broadcast_in_dim %cst_1505, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5415 = stablehlo.multiply %5414, %arg449 : tensor<1024xf32>
    %5416 = stablehlo.add %5413, %5415 : tensor<1024xf32>
    %5417 = stablehlo.multiply %2745, %2745 : tensor<1024xf32>
    %cst_1506 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5418 = stablehlo.broadcast_in_dim %cst_1506, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5419 = stablehlo.multiply %5418, %5417 : tensor<1024xf32>
    %cst_1507 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5420 = stablehlo.broadcast_in_dim %cst_1507, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5421 = stablehlo.multiply %5420, %arg450 : tensor<1024xf32>
    %5422 = stablehlo.add %5419, %5421 : tensor<1024xf32>
    %5423 = stablehlo.multiply %2673, %2673 : tensor<1024x3072xf32>
    %cst_1508 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5424 = stablehlo.broadcast_in_dim %cst_1508, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5425 = stablehlo.multiply %5424, %5423 : tensor<1024x3072xf32>
    %cst_1509 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5426 = stablehlo.broadcast_in_dim %cst_1509, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5427 = stablehlo.multiply %5426, %arg451 : tensor<1024x3072xf32>
    %5428 = stablehlo.add %5425, %5427 : tensor<1024x3072xf32>
    %5429 = stablehlo.multiply %2627, %2627 : tensor<1024xf32>
    %cst_1510 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5430 = stablehlo.broadcast_in_dim %cst_1510, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5431 = stablehlo.multiply %5430, %5429 : tensor<1024xf32>
    %cst_1511 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5432 = stablehlo.broadcast_in_dim %cst_1511, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5433 = stablehlo.multiply %5432, %arg452 : tensor<1024xf32>
    %5434 = stablehlo.add %5431, %5433 : tensor<1024xf32>
    %5435 = stablehlo.multiply %2629, %2629 : tensor<1024x1024xf32>
    %cst_1512 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5436 = stablehlo.broadcast_in_dim %cst_1512, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5437 = stablehlo.multiply %5436, %5435 : tensor<1024x1024xf32>
    %cst_1513 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5438 = stablehlo.broadcast_in_dim %cst_1513, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5439 = stablehlo.multiply %5438, %arg453 : tensor<1024x1024xf32>
    %5440 = stablehlo.add %5437, %5439 : tensor<1024x1024xf32>
    %5441 = stablehlo.multiply %2667, %2667 : tensor<1024xf32>
    %cst_1514 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5442 = stablehlo.broadcast_in_dim %cst_1514, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5443 = stablehlo.multiply %5442, %5441 : tensor<1024xf32>
    %cst_1515 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5444 = stablehlo.broadcast_in_dim %cst_1515, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5445 = stablehlo.multiply %5444, %arg454 : tensor<1024xf32>
    %5446 = stablehlo.add %5443, %5445 : tensor<1024xf32>
    %5447 = stablehlo.multiply %2658, %2658 : tensor<1024xf32>
    %cst_1516 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5448 = stablehlo.broadcast_in_dim %cst_1516, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5449 = stablehlo.multiply %5448, %5447 : tensor<1024xf32>
    %cst_1517 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5450 = stablehlo.broadcast_in_dim %cst_1517, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5451 = stablehlo.multiply %5450, %arg455 : tensor<1024xf32>
    %5452 = stablehlo.add %5449, %5451 : tensor<1024xf32>
    %5453 = stablehlo.multiply %2587, %2587 : tensor<4096xf32>
    %cst_1518 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5454 = stablehlo.broadcast_in_dim %cst_1518, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5455 = stablehlo.multiply %5454, %5453 : tensor<4096xf32>
    %cst_1519 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5456 = stablehlo.broadcast_in_dim %cst_1519, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5457 = stablehlo.multiply %5456, %arg456 : tensor<4096xf32>
    %5458 = stablehlo.add %5455, %5457 : tensor<4096xf32>
    %5459 = stablehlo.multiply %2589, %2589 : tensor<1024x4096xf32>
    %cst_1520 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5460 = stablehlo.broadcast_in_dim %cst_1520, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5461 = stablehlo.multiply %5460, %5459 : tensor<1024x4096xf32>
    %cst_1521 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5462 = stablehlo.broadcast_in_dim %cst_1521, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5463 = stablehlo.multiply %5462, %arg457 : tensor<1024x4096xf32>
    %5464 = stablehlo.add %5461, %5463 : tensor<1024x4096xf32>
    %5465 = stablehlo.multiply %2570, %2570 : tensor<1024xf32>
    %cst_1522 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5466 = stablehlo.broadcast_in_dim %cst_1522, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5467 = stablehlo.multiply %5466, %5465 : tensor<1024xf32>
    %cst_1523 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5468 = stablehlo.broadcast_in_dim %cst_1523, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5469 = stablehlo.multiply %5468, %arg458 : tensor<1024xf32>
    %5470 = stablehlo.add %5467, %5469 : tensor<1024xf32>
    %5471 = stablehlo.multiply %2572, %2572 : tensor<4096x1024xf32>
    %cst_1524 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5472 = stablehlo.broadcast_in_dim %cst_1524, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5473 = stablehlo.multiply %5472, %5471 : tensor<4096x1024xf32>
    %cst_1525 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5474 = stablehlo.broadcast_in_dim %cst_1525, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5475 = stablehlo.multiply %5474, %arg459 : tensor<4096x1024xf32>
    %5476 = stablehlo.add %5473, %5475 : tensor<4096x1024xf32>
    %5477 = stablehlo.multiply %2677, %2677 : tensor<1024xf32>
    %cst_1526 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5478 = stablehlo.broadcast_in_dim %cst_1526, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5479 = stablehlo.multiply %5478, %5477 : tensor<1024xf32>
    %cst_1527 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5480 = stablehlo.broadcast_in_dim %cst_1527, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5481 = stablehlo.multiply %5480, %arg460 : tensor<1024xf32>
    %5482 = stablehlo.add %5479, %5481 : tensor<1024xf32>
    %5483 = stablehlo.multiply %2688, %2688 : tensor<1024xf32>
    %cst_1528 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5484 = stablehlo.broadcast_in_dim %cst_1528, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5485 = stablehlo.multiply %5484, %5483 : tensor<1024xf32>
    %cst_1529 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5486 = stablehlo.broadcast_in_dim %cst_1529, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5487 = stablehlo.multiply %5486, %arg461 : tensor<1024xf32>
    %5488 = stablehlo.add %5485, %5487 : tensor<1024xf32>
    %5489 = stablehlo.multiply %2593, %2593 : tensor<1024xf32>
    %cst_1530 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5490 = stablehlo.broadcast_in_dim %cst_1530, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5491 = stablehlo.multiply %5490, %5489 : tensor<1024xf32>
    %cst_1531 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5492 = stablehlo.broadcast_in_dim %cst_1531, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5493 = stablehlo.multiply %5492, %arg462 : tensor<1024xf32>
    %5494 = stablehlo.add %5491, %5493 : tensor<1024xf32>
    %5495 = stablehlo.multiply %2604, %2604 : tensor<1024xf32>
    %cst_1532 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5496 = stablehlo.broadcast_in_dim %cst_1532, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5497 = stablehlo.multiply %5496, %5495 : tensor<1024xf32>
    %cst_1533 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5498 = stablehlo.broadcast_in_dim %cst_1533, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5499 = stablehlo.multiply %5498, %arg463 : tensor<1024xf32>
    %5500 = stablehlo.add %5497, %5499 : tensor<1024xf32>
    %5501 = stablehlo.multiply %2532, %2532 : tensor<1024x3072xf32>
    %cst_1534 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5502 = stablehlo.broadcast_in_dim %cst_1534, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5503 = stablehlo.multiply %5502, %5501 : tensor<1024x3072xf32>
    %cst_1535 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5504 = stablehlo.broadcast_in_dim %cst_1535, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5505 = stablehlo.multiply %5504, %arg464 : tensor<1024x3072xf32>
    %5506 = stablehlo.add %5503, %5505 : tensor<1024x3072xf32>
    %5507 = stablehlo.multiply %2486, %2486 : tensor<1024xf32>
    %cst_1536 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5508 = stablehlo.broadcast_in_dim %cst_1536, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5509 = stablehlo.multiply %5508, %5507 : tensor<1024xf32>
    %cst_1537 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5510 = stablehlo.broadcast_in_dim %cst_1537, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5511 = stablehlo.multiply %5510, %arg465 : tensor<1024xf32>
    %5512 = stablehlo.add %5509, %5511 : tensor<1024xf32>
    %5513 = stablehlo.multiply %2488, %2488 : tensor<1024x1024xf32>
    %cst_1538 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5514 = stablehlo.broadcast_in_dim %cst_1538, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5515 = stablehlo.multiply %5514, %5513 : tensor<1024x1024xf32>
    %cst_1539 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5516 = stablehlo.broadcast_in_dim %cst_1539, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5517 = stablehlo.multiply %5516, %arg466 : tensor<1024x1024xf32>
    %5518 = stablehlo.add %5515, %5517 : tensor<1024x1024xf32>
    %5519 = stablehlo.multiply %2526, %2526 : tensor<1024xf32>
    %cst_1540 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5520 = stablehlo.broadcast_in_dim %cst_1540, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5521 = stablehlo.multiply %5520, %5519 : tensor<1024xf32>
    %cst_1541 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5522 = stablehlo.broadcast_in_dim %cst_1541, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5523 = stablehlo.multiply %5522, %arg467 : tensor<1024xf32>
    %5524 = stablehlo.add %5521, %5523 : tensor<1024xf32>
    %5525 = stablehlo.multiply %2517, %2517 : tensor<1024xf32>
    %cst_1542 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5526 = stablehlo.broadcast_in_dim %cst_1542, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5527 = stablehlo.multiply %5526, %5525 : tensor<1024xf32>
    %cst_1543 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5528 = stablehlo.broadcast_in_dim %cst_1543, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5529 = stablehlo.multiply %5528, %arg468 : tensor<1024xf32>
    %5530 = stablehlo.add %5527, %5529 : tensor<1024xf32>
    %5531 = stablehlo.multiply %2446, %2446 : tensor<4096xf32>
    %cst_1544 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5532 = stablehlo.broadcast_in_dim %cst_1544, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5533 = stablehlo.multiply %5532, %5531 : tensor<4096xf32>
    %cst_1545 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5534 = stablehlo.broadcast_in_dim %cst_1545, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5535 = stablehlo.multiply %5534, %arg469 : tensor<4096xf32>
    %5536 = stablehlo.add %5533, %5535 : tensor<4096xf32>
    %5537 = stablehlo.multiply %2448, %2448 : tensor<1024x4096xf32>
    %cst_1546 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5538 = stablehlo.broadcast_in_dim %cst_1546, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5539 = stablehlo.multiply %5538, %5537 : tensor<1024x4096xf32>
    %cst_1547 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5540 = stablehlo.broadcast_in_dim %cst_1547, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5541 = stablehlo.multiply %5540, %arg470 : tensor<1024x4096xf32>
    %5542 = stablehlo.add %5539, %5541 : tensor<1024x4096xf32>
    %5543 = stablehlo.multiply %2429, %2429 : tensor<1024xf32>
    %cst_1548 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5544 = stablehlo.broadcast_in_dim %cst_1548, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5545 = stablehlo.multiply %5544, %5543 : tensor<1024xf32>
    %cst_1549 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5546 = stablehlo.broadcast_in_dim %cst_1549, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5547 = stablehlo.multiply %5546, %arg471 : tensor<1024xf32>
    %5548 = stablehlo.add %5545, %5547 : tensor<1024xf32>
    %5549 = stablehlo.multiply %2431, %2431 : tensor<4096x1024xf32>
    %cst_1550 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5550 = stablehlo.broadcast_in_dim %cst_1550, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5551 = stablehlo.multiply %5550, %5549 : tensor<4096x1024xf32>
    %cst_1551 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5552 = stablehlo.broadcast_in_dim %cst_1551, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5553 = stablehlo.multiply %5552, %arg472 : tensor<4096x1024xf32>
    %5554 = stablehlo.add %5551, %5553 : tensor<4096x1024xf32>
    %5555 = stablehlo.multiply %2536, %2536 : tensor<1024xf32>
    %cst_1552 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5556 = stablehlo.broadcast_in_dim %cst_1552, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5557 = stablehlo.multiply %5556, %5555 : tensor<1024xf32>
    %cst_1553 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5558 = stablehlo.broadcast_in_dim %cst_1553, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5559 = stablehlo.multiply %5558, %arg473 : tensor<1024xf32>
    %5560 = stablehlo.add %5557, %5559 : tensor<1024xf32>
    %5561 = stablehlo.multiply %2547, %2547 : tensor<1024xf32>
    %cst_1554 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5562 = stablehlo.broadcast_in_dim %cst_1554, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5563 = stablehlo.multiply %5562, %5561 : tensor<1024xf32>
    %cst_1555 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5564 = stablehlo.broadcast_in_dim %cst_1555, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5565 = stablehlo.multiply %5564, %arg474 : tensor<1024xf32>
    %5566 = stablehlo.add %5563, %5565 : tensor<1024xf32>
    %5567 = stablehlo.multiply %2452, %2452 : tensor<1024xf32>
    %cst_1556 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5568 = stablehlo.broadcast_in_dim %cst_1556, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5569 = stablehlo.multiply %5568, %5567 : tensor<1024xf32>
    %cst_1557 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5570 = stablehlo.broadcast_in_dim %cst_1557, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5571 = stablehlo.multiply %5570, %arg475 : tensor<1024xf32>
    %5572 = stablehlo.add %5569, %5571 : tensor<1024xf32>
    %5573 = stablehlo.multiply %2463, %2463 : tensor<1024xf32>
    %cst_1558 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5574 = stablehlo.broadcast_in_dim %cst_1558, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5575 = stablehlo.multiply %5574, %5573 : tensor<1024xf32>
    %cst_1559 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5576 = stablehlo.broadcast_in_dim %cst_1559, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5577 = stablehlo.multiply %5576, %arg476 : tensor<1024xf32>
    %5578 = stablehlo.add %5575, %5577 : tensor<1024xf32>
    %5579 = stablehlo.multiply %2114, %2114 : tensor<1024xf32>
    %cst_1560 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5580 = stablehlo.broadcast_in_dim %cst_1560, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5581 = stablehlo.multiply %5580, %5579 : tensor<1024xf32>
    %cst_1561 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5582 = stablehlo.broadcast_in_dim %cst_1561, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5583 = stablehlo.multiply %5582, %arg477 : tensor<1024xf32>
    %5584 = stablehlo.add %5581, %5583 : tensor<1024xf32>
    %5585 = stablehlo.multiply %2125, %2125 : tensor<1024xf32>
    %cst_1562 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5586 = stablehlo.broadcast_in_dim %cst_1562, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5587 = stablehlo.multiply %5586, %5585 : tensor<1024xf32>
    %cst_1563 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5588 = stablehlo.broadcast_in_dim %cst_1563, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5589 = stablehlo.multiply %5588, %arg478 : tensor<1024xf32>
    %5590 = stablehlo.add %5587, %5589 : tensor<1024xf32>
    %5591 = stablehlo.multiply %3840, %3840 : tensor<1024x1024xf32>
    %cst_1564 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5592 = stablehlo.broadcast_in_dim %cst_1564, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5593 = stablehlo.multiply %5592, %5591 : tensor<1024x1024xf32>
    %cst_1565 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5594 = stablehlo.broadcast_in_dim %cst_1565, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5595 = stablehlo.multiply %5594, %arg479 : tensor<1024x1024xf32>
    %5596 = stablehlo.add %5593, %5595 : tensor<1024x1024xf32>
    %5597 = stablehlo.multiply %3842, %3842 : tensor<51200x1024xf32>
    %cst_1566 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %5598 = stablehlo.broadcast_in_dim %cst_1566, dims = [] : (tensor<f32>) -> tensor<51200x1024xf32>
    %5599 = stablehlo.multiply %5598, %5597 : tensor<51200x1024xf32>
    %cst_1567 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5600 = stablehlo.broadcast_in_dim %cst_1567, dims = [] : (tensor<f32>) -> tensor<51200x1024xf32>
    %5601 = stablehlo.multiply %5600, %arg480 : tensor<51200x1024xf32>
    %5602 = stablehlo.add %5599, %5601 : tensor<51200x1024xf32>
    %c_1568 = stablehlo.constant dense<2147483647> : tensor<i32>
    %5603 = stablehlo.compare LT, %arg160, %c_1568, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_1569 = stablehlo.constant dense<1> : tensor<i32>
    %5604 = stablehlo.add %arg160, %c_1569 : tensor<i32>
    %c_1570 = stablehlo.constant dense<2147483647> : tensor<i32>
    %5605 = call @_where_10(%5603, %5604, %c_1570) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %5606 = stablehlo.convert %5605 : (tensor<i32>) -> tensor<f32>
    %cst_1571 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %5607 = stablehlo.convert %5605 : (tensor<i32>) -> tensor<f32>
    %5608 = stablehlo.power %cst_1571, %5607 : tensor<f32>
    %cst_1572 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %5609 = stablehlo.subtract %cst_1572, %5608 : tensor<f32>
    %5610 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5611 = stablehlo.divide %3847, %5610 : tensor<1024x3072xf32>
    %5612 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5613 = stablehlo.divide %3852, %5612 : tensor<1024xf32>
    %5614 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5615 = stablehlo.divide %3857, %5614 : tensor<1024x1024xf32>
    %5616 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5617 = stablehlo.divide %3862, %5616 : tensor<1024xf32>
    %5618 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5619 = stablehlo.divide %3867, %5618 : tensor<1024xf32>
    %5620 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5621 = stablehlo.divide %3872, %5620 : tensor<4096xf32>
    %5622 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5623 = stablehlo.divide %3877, %5622 : tensor<1024x4096xf32>
    %5624 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5625 = stablehlo.divide %3882, %5624 : tensor<1024xf32>
    %5626 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5627 = stablehlo.divide %3887, %5626 : tensor<4096x1024xf32>
    %5628 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5629 = stablehlo.divide %3892, %5628 : tensor<1024xf32>
    %5630 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5631 = stablehlo.divide %3897, %5630 : tensor<1024xf32>
    %5632 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5633 = stablehlo.divide %3902, %5632 : tensor<1024xf32>
    %5634 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5635 = stablehlo.divide %3907, %5634 : tensor<1024xf32>
    %5636 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5637 = stablehlo.divide %3912, %5636 : tensor<1024x3072xf32>
    %5638 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5639 = stablehlo.divide %3917, %5638 : tensor<1024xf32>
    %5640 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5641 = stablehlo.divide %3922, %5640 : tensor<1024x1024xf32>
    %5642 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5643 = stablehlo.divide %3927, %5642 : tensor<1024xf32>
    %5644 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5645 = stablehlo.divide %3932, %5644 : tensor<1024xf32>
    %5646 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5647 = stablehlo.divide %3937, %5646 : tensor<4096xf32>
    %5648 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5649 = stablehlo.divide %3942, %5648 : tensor<1024x4096xf32>
    %5650 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5651 = stablehlo.divide %3947, %5650 : tensor<1024xf32>
    %5652 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5653 = stablehlo.divide %3952, %5652 : tensor<4096x1024xf32>
    %5654 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5655 = stablehlo.divide %3957, %5654 : tensor<1024xf32>
    %5656 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5657 = stablehlo.divide %3962, %5656 : tensor<1024xf32>
    %5658 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5659 = stablehlo.divide %3967, %5658 : tensor<1024xf32>
    %5660 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5661 = stablehlo.divide %3972, %5660 : tensor<1024xf32>
    %5662 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5663 = stablehlo.divide %3977, %5662 : tensor<1024x3072xf32>
    %5664 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5665 = stablehlo.divide %3982, %5664 : tensor<1024xf32>
    %5666 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5667 = stablehlo.divide %3987, %5666 : tensor<1024x1024xf32>
    %5668 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5669 = stablehlo.divide %3992, %5668 : tensor<1024xf32>
    %5670 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5671 = stablehlo.divide %3997, %5670 : tensor<1024xf32>
    %5672 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5673 = stablehlo.divide %4002, %5672 : tensor<4096xf32>
    %5674 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5675 = stablehlo.divide %4007, %5674 : tensor<1024x4096xf32>
    %5676 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5677 = stablehlo.divide %4012, %5676 : tensor<1024xf32>
    %5678 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5679 = stablehlo.divide %4017, %5678 : tensor<4096x1024xf32>
    %5680 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5681 = stablehlo.divide %4022, %5680 : tensor<1024xf32>
    %5682 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5683 = stablehlo.divide %4027, %5682 : tensor<1024xf32>
    %5684 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5685 = stablehlo.divide %4032, %5684 : tensor<1024xf32>
    %5686 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5687 = stablehlo.divide %4037, %5686 : tensor<1024xf32>
    %5688 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5689 = stablehlo.divide %4042, %5688 : tensor<1024x3072xf32>
    %5690 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5691 = stablehlo.divide %4047, %5690 : tensor<1024xf32>
    %5692 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5693 = stablehlo.divide %4052, %5692 : tensor<1024x1024xf32>
    %5694 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5695 = stablehlo.divide %4057, %5694 : tensor<1024xf32>
    %5696 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5697 = stablehlo.divide %4062, %5696 : tensor<1024xf32>
    %5698 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5699 = stablehlo.divide %4067, %5698 : tensor<4096xf32>
    %5700 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5701 = stablehlo.divide %4072, %5700 : tensor<1024x4096xf32>
    %5702 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5703 = stablehlo.divide %4077, %5702 : tensor<1024xf32>
    %5704 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5705 = stablehlo.divide %4082, %5704 : tensor<4096x1024xf32>
    %5706 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5707 = stablehlo.divide %4087, %5706 : tensor<1024xf32>
    %5708 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5709 = stablehlo.divide %4092, %5708 : tensor<1024xf32>
    %5710 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5711 = stablehlo.divide %4097, %5710 : tensor<1024xf32>
    %5712 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5713 = stablehlo.divide %4102, %5712 : tensor<1024xf32>
    %5714 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5715 = stablehlo.divide %4107, %5714 : tensor<1024x3072xf32>
    %5716 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5717 = stablehlo.divide %4112, %5716 : tensor<1024xf32>
    %5718 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5719 = stablehlo.divide %4117, %5718 : tensor<1024x1024xf32>
    %5720 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5721 = stablehlo.divide %4122, %5720 : tensor<1024xf32>
    %5722 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5723 = stablehlo.divide %4127, %5722 : tensor<1024xf32>
    %5724 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5725 = stablehlo.divide %4132, %5724 : tensor<4096xf32>
    %5726 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5727 = stablehlo.divide %4137, %5726 : tensor<1024x4096xf32>
    %5728 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5729 = stablehlo.divide %4142, %5728 : tensor<1024xf32>
    %5730 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5731 = stablehlo.divide %4147, %5730 : tensor<4096x1024xf32>
    %5732 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5733 = stablehlo.divide %4152, %5732 : tensor<1024xf32>
    %5734 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5735 = stablehlo.divide %4157, %5734 : tensor<1024xf32>
    %5736 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5737 = stablehlo.divide %4162, %5736 : tensor<1024xf32>
    %5738 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5739 = stablehlo.divide %4167, %5738 : tensor<1024xf32>
    %5740 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5741 = stablehlo.divide %4172, %5740 : tensor<1024x3072xf32>
    %5742 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5743 = stablehlo.divide %4177, %5742 : tensor<1024xf32>
    %5744 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5745 = stablehlo.divide %4182, %5744 : tensor<1024x1024xf32>
    %5746 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5747 = stablehlo.divide %4187, %5746 : tensor<1024xf32>
    %5748 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5749 = stablehlo.divide %4192, %5748 : tensor<1024xf32>
    %5750 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5751 = stablehlo.divide %4197, %5750 : tensor<4096xf32>
    %5752 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5753 = stablehlo.divide %4202, %5752 : tensor<1024x4096xf32>
    %5754 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5755 = stablehlo.divide %4207, %5754 : tensor<1024xf32>
    %5756 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5757 = stablehlo.divide %4212, %5756 : tensor<4096x1024xf32>
    %5758 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5759 = stablehlo.divide %4217, %5758 : tensor<1024xf32>
    %5760 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5761 = stablehlo.divide %4222, %5760 : tensor<1024xf32>
    %5762 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5763 = stablehlo.divide %4227, %5762 : tensor<1024xf32>
    %5764 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5765 = stablehlo.divide %4232, %5764 : tensor<1024xf32>
    %5766 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5767 = stablehlo.divide %4237, %5766 : tensor<1024x3072xf32>
    %5768 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5769 = stablehlo.divide %4242, %5768 : tensor<1024xf32>
    %5770 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5771 = stablehlo.divide %4247, %5770 : tensor<1024x1024xf32>
    %5772 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5773 = stablehlo.divide %4252, %5772 : tensor<1024xf32>
    %5774 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5775 = stablehlo.divide %4257, %5774 : tensor<1024xf32>
    %5776 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5777 = stablehlo.divide %4262, %5776 : tensor<4096xf32>
    %5778 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5779 = stablehlo.divide %4267, %5778 : tensor<1024x4096xf32>
    %5780 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5781 = stablehlo.divide %4272, %5780 : tensor<1024xf32>
    %5782 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5783 = stablehlo.divide %4277, %5782 : tensor<4096x1024xf32>
    %5784 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5785 = stablehlo.divide %4282, %5784 : tensor<1024xf32>
    %5786 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5787 = stablehlo.divide %4287, %5786 : tensor<1024xf32>
    %5788 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5789 = stablehlo.divide %4292, %5788 : tensor<1024xf32>
    %5790 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5791 = stablehlo.divide %4297, %5790 : tensor<1024xf32>
    %5792 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5793 = stablehlo.divide %4302, %5792 : tensor<1024x3072xf32>
    %5794 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5795 = stablehlo.divide %4307, %5794 : tensor<1024xf32>
    %5796 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5797 = stablehlo.divide %4312, %5796 : tensor<1024x1024xf32>
    %5798 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5799 = stablehlo.divide %4317, %5798 : tensor<1024xf32>
    %5800 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5801 = stablehlo.divide %4322, %5800 : tensor<1024xf32>
    %5802 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5803 = stablehlo.divide %4327, %5802 : tensor<4096xf32>
    %5804 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5805 = stablehlo.divide %4332, %5804 : tensor<1024x4096xf32>
    %5806 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5807 = stablehlo.divide %4337, %5806 : tensor<1024xf32>
    %5808 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5809 = stablehlo.divide %4342, %5808 : tensor<4096x1024xf32>
    %5810 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5811 = stablehlo.divide %4347, %5810 : tensor<1024xf32>
    %5812 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5813 = stablehlo.divide %4352, %5812 : tensor<1024xf32>
    %5814 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5815 = stablehlo.divide %4357, %5814 : tensor<1024xf32>
    %5816 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5817 = stablehlo.divide %4362, %5816 : tensor<1024xf32>
    %5818 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5819 = stablehlo.divide %4367, %5818 : tensor<1024x3072xf32>
    %5820 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5821 = stablehlo.divide %4372, %5820 : tensor<1024xf32>
    %5822 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5823 = stablehlo.divide %4377, %5822 : tensor<1024x1024xf32>
    %5824 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5825 = stablehlo.divide %4382, %5824 : tensor<1024xf32>
    %5826 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5827 = stablehlo.divide %4387, %5826 : tensor<1024xf32>
    %5828 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5829 = stablehlo.divide %4392, %5828 : tensor<4096xf32>
    %5830 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5831 = stablehlo.divide %4397, %5830 : tensor<1024x4096xf32>
    %5832 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5833 = stablehlo.divide %4402, %5832 : tensor<1024xf32>
    %5834 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5835 = stablehlo.divide %4407, %5834 : tensor<4096x1024xf32>
    %5836 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5837 = stablehlo.divide %4412, %5836 : tensor<1024xf32>
    %5838 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5839 = stablehlo.divide %4417, %5838 : tensor<1024xf32>
    %5840 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5841 = stablehlo.divide %4422, %5840 : tensor<1024xf32>
    %5842 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5843 = stablehlo.divide %4427, %5842 : tensor<1024xf32>
    %5844 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5845 = stablehlo.divide %4432, %5844 : tensor<1024x3072xf32>
    %5846 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5847 = stablehlo.divide %4437, %5846 : tensor<1024xf32>
    %5848 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5849 = stablehlo.divide %4442, %5848 : tensor<1024x1024xf32>
    %5850 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5851 = stablehlo.divide %4447, %5850 : tensor<1024xf32>
    %5852 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5853 = stablehlo.divide %4452, %5852 : tensor<1024xf32>
    %5854 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5855 = stablehlo.divide %4457, %5854 : tensor<4096xf32>
    %5856 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5857 = stablehlo.divide %4462, %5856 : tensor<1024x4096xf32>
    %5858 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5859 = stablehlo.divide %4467, %5858 : tensor<1024xf32>
    %5860 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5861 = stablehlo.divide %4472, %5860 : tensor<4096x1024xf32>
    %5862 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5863 = stablehlo.divide %4477, %5862 : tensor<1024xf32>
    %5864 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5865 = stablehlo.divide %4482, %5864 : tensor<1024xf32>
    %5866 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5867 = stablehlo.divide %4487, %5866 : tensor<1024xf32>
    %5868 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5869 = stablehlo.divide %4492, %5868 : tensor<1024xf32>
    %5870 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5871 = stablehlo.divide %4497, %5870 : tensor<1024x3072xf32>
    %5872 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5873 = stablehlo.divide %4502, %5872 : tensor<1024xf32>
    %5874 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5875 = stablehlo.divide %4507, %5874 : tensor<1024x1024xf32>
    %5876 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5877 = stablehlo.divide %4512, %5876 : tensor<1024xf32>
    %5878 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5879 = stablehlo.divide %4517, %5878 : tensor<1024xf32>
    %5880 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5881 = stablehlo.divide %4522, %5880 : tensor<4096xf32>
    %5882 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5883 = stablehlo.divide %4527, %5882 : tensor<1024x4096xf32>
    %5884 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5885 = stablehlo.divide %4532, %5884 : tensor<1024xf32>
    %5886 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5887 = stablehlo.divide %4537, %5886 : tensor<4096x1024xf32>
    %5888 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5889 = stablehlo.divide %4542, %5888 : tensor<1024xf32>
    %5890 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5891 = stablehlo.divide %4547, %5890 : tensor<1024xf32>
    %5892 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5893 = stablehlo.divide %4552, %5892 : tensor<1024xf32>
    %5894 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5895 = stablehlo.divide %4557, %5894 : tensor<1024xf32>
    %5896 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5897 = stablehlo.divide %4562, %5896 : tensor<1024x3072xf32>
    %5898 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5899 = stablehlo.divide %4567, %5898 : tensor<1024xf32>
    %5900 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5901 = stablehlo.divide %4572, %5900 : tensor<1024x1024xf32>
    %5902 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5903 = stablehlo.divide %4577, %5902 : tensor<1024xf32>
    %5904 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5905 = stablehlo.divide %4582, %5904 : tensor<1024xf32>
    %5906 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5907 = stablehlo.divide %4587, %5906 : tensor<4096xf32>
    %5908 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5909 = stablehlo.divide %4592, %5908 : tensor<1024x4096xf32>
    %5910 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5911 = stablehlo.divide %4597, %5910 : tensor<1024xf32>
    %5912 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5913 = stablehlo.divide %4602, %5912 : tensor<4096x1024xf32>
    %5914 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5915 = stablehlo.divide %4607, %5914 : tensor<1024xf32>
    %5916 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5917 = stablehlo.divide %4612, %5916 : tensor<1024xf32>
    %5918 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5919 = stablehlo.divide %4617, %5918 : tensor<1024xf32>
    %5920 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5921 = stablehlo.divide %4622, %5920 : tensor<1024xf32>
    %5922 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5923 = stablehlo.divide %4627, %5922 : tensor<1024xf32>
    %5924 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5925 = stablehlo.divide %4632, %5924 : tensor<1024xf32>
    %5926 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5927 = stablehlo.divide %4637, %5926 : tensor<1024x1024xf32>
    %5928 = stablehlo.broadcast_in_dim %5609, dims = [] : (tensor<f32>) -> tensor<51200x1024xf32>
    %5929 = stablehlo.divide %4642, %5928 : tensor<51200x1024xf32>
    %5930 = stablehlo.convert %5605 : (tensor<i32>) -> tensor<f32>
    %cst_1573 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %5931 = stablehlo.convert %5605 : (tensor<i32>) -> tensor<f32>
    %5932 = stablehlo.power %cst_1573, %5931 : tensor<f32>
    %cst_1574 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %5933 = stablehlo.subtract %cst_1574, %5932 : tensor<f32>
    %5934 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5935 = stablehlo.divide %4648, %5934 : tensor<1024x3072xf32>
    %5936 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5937 = stablehlo.divide %4654, %5936 : tensor<1024xf32>
    %5938 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5939 = stablehlo.divide %4660, %5938 : tensor<1024x1024xf32>
    %5940 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5941 = stablehlo.divide %4666, %5940 : tensor<1024xf32>
    %5942 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5943 = stablehlo.divide %4672, %5942 : tensor<1024xf32>
    %5944 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5945 = stablehlo.divide %4678, %5944 : tensor<4096xf32>
    %5946 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5947 = stablehlo.divide %4684, %5946 : tensor<1024x4096xf32>
    %5948 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5949 = stablehlo.divide %4690, %5948 : tensor<1024xf32>
    %5950 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5951 = stablehlo.divide %4696, %5950 : tensor<4096x1024xf32>
    %5952 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5953 = stablehlo.divide %4702, %5952 : tensor<1024xf32>
    %5954 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5955 = stablehlo.divide %4708, %5954 : tensor<1024xf32>
    %5956 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5957 = stablehlo.divide %4714, %5956 : tensor<1024xf32>
    %5958 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5959 = stablehlo.divide %4720, %5958 : tensor<1024xf32>
    %5960 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5961 = stablehlo.divide %4726, %5960 : tensor<1024x3072xf32>
    %5962 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5963 = stablehlo.divide %4732, %5962 : tensor<1024xf32>
    %5964 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5965 = stablehlo.divide %4738, %5964 : tensor<1024x1024xf32>
    %5966 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5967 = stablehlo.divide %4744, %5966 : tensor<1024xf32>
    %5968 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5969 = stablehlo.divide %4750, %5968 : tensor<1024xf32>
    %5970 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5971 = stablehlo.divide %4756, %5970 : tensor<4096xf32>
    %5972 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5973 = stablehlo.divide %4762, %5972 : tensor<1024x4096xf32>
    %5974 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5975 = stablehlo.divide %4768, %5974 : tensor<1024xf32>
    %5976 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %5977 = stablehlo.divide %4774, %5976 : tensor<4096x1024xf32>
    %5978 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5979 = stablehlo.divide %4780, %5978 : tensor<1024xf32>
    %5980 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5981 = stablehlo.divide %4786, %5980 : tensor<1024xf32>
    %5982 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5983 = stablehlo.divide %4792, %5982 : tensor<1024xf32>
    %5984 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5985 = stablehlo.divide %4798, %5984 : tensor<1024xf32>
    %5986 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %5987 = stablehlo.divide %4804, %5986 : tensor<1024x3072xf32>
    %5988 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5989 = stablehlo.divide %4810, %5988 : tensor<1024xf32>
    %5990 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %5991 = stablehlo.divide %4816, %5990 : tensor<1024x1024xf32>
    %5992 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5993 = stablehlo.divide %4822, %5992 : tensor<1024xf32>
    %5994 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %5995 = stablehlo.divide %4828, %5994 : tensor<1024xf32>
    %5996 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %5997 = stablehlo.divide %4834, %5996 : tensor<4096xf32>
    %5998 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %5999 = stablehlo.divide %4840, %5998 : tensor<1024x4096xf32>
    %6000 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6001 = stablehlo.divide %4846, %6000 : tensor<1024xf32>
    %6002 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6003 = stablehlo.divide %4852, %6002 : tensor<4096x1024xf32>
    %6004 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6005 = stablehlo.divide %4858, %6004 : tensor<1024xf32>
    %6006 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6007 = stablehlo.divide %4864, %6006 : tensor<1024xf32>
    %6008 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6009 = stablehlo.divide %4870, %6008 : tensor<1024xf32>
    %6010 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6011 = stablehlo.divide %4876, %6010 : tensor<1024xf32>
    %6012 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6013 = stablehlo.divide %4882, %6012 : tensor<1024x3072xf32>
    %6014 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6015 = stablehlo.divide %4888, %6014 : tensor<1024xf32>
    %6016 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6017 = stablehlo.divide %4894, %6016 : tensor<1024x1024xf32>
    %6018 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6019 = stablehlo.divide %4900, %6018 : tensor<1024xf32>
    %6020 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6021 = stablehlo.divide %4906, %6020 : tensor<1024xf32>
    %6022 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6023 = stablehlo.divide %4912, %6022 : tensor<4096xf32>
    %6024 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6025 = stablehlo.divide %4918, %6024 : tensor<1024x4096xf32>
    %6026 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6027 = stablehlo.divide %4924, %6026 : tensor<1024xf32>
    %6028 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6029 = stablehlo.divide %4930, %6028 : tensor<4096x1024xf32>
    %6030 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6031 = stablehlo.divide %4936, %6030 : tensor<1024xf32>
    %6032 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6033 = stablehlo.divide %4942, %6032 : tensor<1024xf32>
    %6034 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6035 = stablehlo.divide %4948, %6034 : tensor<1024xf32>
    %6036 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6037 = stablehlo.divide %4954, %6036 : tensor<1024xf32>
    %6038 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6039 = stablehlo.divide %4960, %6038 : tensor<1024x3072xf32>
    %6040 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6041 = stablehlo.divide %4966, %6040 : tensor<1024xf32>
    %6042 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6043 = stablehlo.divide %4972, %6042 : tensor<1024x1024xf32>
    %6044 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6045 = stablehlo.divide %4978, %6044 : tensor<1024xf32>
    %6046 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6047 = stablehlo.divide %4984, %6046 : tensor<1024xf32>
    %6048 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6049 = stablehlo.divide %4990, %6048 : tensor<4096xf32>
    %6050 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6051 = stablehlo.divide %4996, %6050 : tensor<1024x4096xf32>
    %6052 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6053 = stablehlo.divide %5002, %6052 : tensor<1024xf32>
    %6054 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6055 = stablehlo.divide %5008, %6054 : tensor<4096x1024xf32>
    %6056 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6057 = stablehlo.divide %5014, %6056 : tensor<1024xf32>
    %6058 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6059 = stablehlo.divide %5020, %6058 : tensor<1024xf32>
    %6060 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6061 = stablehlo.divide %5026, %6060 : tensor<1024xf32>
    %6062 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6063 = stablehlo.divide %5032, %6062 : tensor<1024xf32>
    %6064 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6065 = stablehlo.divide %5038, %6064 : tensor<1024x3072xf32>
    %6066 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6067 = stablehlo.divide %5044, %6066 : tensor<1024xf32>
    %6068 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6069 = stablehlo.divide %5050, %6068 : tensor<1024x1024xf32>
    %6070 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6071 = stablehlo.divide %5056, %6070 : tensor<1024xf32>
    %6072 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6073 = stablehlo.divide %5062, %6072 : tensor<1024xf32>
    %6074 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6075 = stablehlo.divide %5068, %6074 : tensor<4096xf32>
    %6076 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6077 = stablehlo.divide %5074, %6076 : tensor<1024x4096xf32>
    %6078 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6079 = stablehlo.divide %5080, %6078 : tensor<1024xf32>
    %6080 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6081 = stablehlo.divide %5086, %6080 : tensor<4096x1024xf32>
    %6082 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6083 = stablehlo.divide %5092, %6082 : tensor<1024xf32>
    %6084 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6085 = stablehlo.divide %5098, %6084 : tensor<1024xf32>
    %6086 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6087 = stablehlo.divide %5104, %6086 : tensor<1024xf32>
    %6088 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6089 = stablehlo.divide %5110, %6088 : tensor<1024xf32>
    %6090 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6091 = stablehlo.divide %5116, %6090 : tensor<1024x3072xf32>
    %6092 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6093 = stablehlo.divide %5122, %6092 : tensor<1024xf32>
    %6094 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6095 = stablehlo.divide %5128, %6094 : tensor<1024x1024xf32>
    %6096 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6097 = stablehlo.divide %5134, %6096 : tensor<1024xf32>
    %6098 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6099 = stablehlo.divide %5140, %6098 : tensor<1024xf32>
    %6100 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6101 = stablehlo.divide %5146, %6100 : tensor<4096xf32>
    %6102 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6103 = stablehlo.divide %5152, %6102 : tensor<1024x4096xf32>
    %6104 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6105 = stablehlo.divide %5158, %6104 : tensor<1024xf32>
    %6106 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6107 = stablehlo.divide %5164, %6106 : tensor<4096x1024xf32>
    %6108 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6109 = stablehlo.divide %5170, %6108 : tensor<1024xf32>
    %6110 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6111 = stablehlo.divide %5176, %6110 : tensor<1024xf32>
    %6112 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6113 = stablehlo.divide %5182, %6112 : tensor<1024xf32>
    %6114 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6115 = stablehlo.divide %5188, %6114 : tensor<1024xf32>
    %6116 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6117 = stablehlo.divide %5194, %6116 : tensor<1024x3072xf32>
    %6118 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6119 = stablehlo.divide %5200, %6118 : tensor<1024xf32>
    %6120 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6121 = stablehlo.divide %5206, %6120 : tensor<1024x1024xf32>
    %6122 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6123 = stablehlo.divide %5212, %6122 : tensor<1024xf32>
    %6124 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6125 = stablehlo.divide %5218, %6124 : tensor<1024xf32>
    %6126 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6127 = stablehlo.divide %5224, %6126 : tensor<4096xf32>
    %6128 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6129 = stablehlo.divide %5230, %6128 : tensor<1024x4096xf32>
    %6130 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6131 = stablehlo.divide %5236, %6130 : tensor<1024xf32>
    %6132 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6133 = stablehlo.divide %5242, %6132 : tensor<4096x1024xf32>
    %6134 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6135 = stablehlo.divide %5248, %6134 : tensor<1024xf32>
    %6136 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6137 = stablehlo.divide %5254, %6136 : tensor<1024xf32>
    %6138 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6139 = stablehlo.divide %5260, %6138 : tensor<1024xf32>
    %6140 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6141 = stablehlo.divide %5266, %6140 : tensor<1024xf32>
    %6142 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6143 = stablehlo.divide %5272, %6142 : tensor<1024x3072xf32>
    %6144 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6145 = stablehlo.divide %5278, %6144 : tensor<1024xf32>
    %6146 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6147 = stablehlo.divide %5284, %6146 : tensor<1024x1024xf32>
    %6148 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6149 = stablehlo.divide %5290, %6148 : tensor<1024xf32>
    %6150 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6151 = stablehlo.divide %5296, %6150 : tensor<1024xf32>
    %6152 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6153 = stablehlo.divide %5302, %6152 : tensor<4096xf32>
    %6154 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6155 = stablehlo.divide %5308, %6154 : tensor<1024x4096xf32>
    %6156 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6157 = stablehlo.divide %5314, %6156 : tensor<1024xf32>
    %6158 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6159 = stablehlo.divide %5320, %6158 : tensor<4096x1024xf32>
    %6160 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6161 = stablehlo.divide %5326, %6160 : tensor<1024xf32>
    %6162 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6163 = stablehlo.divide %5332, %6162 : tensor<1024xf32>
    %6164 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6165 = stablehlo.divide %5338, %6164 : tensor<1024xf32>
    %6166 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6167 = stablehlo.divide %5344, %6166 : tensor<1024xf32>
    %6168 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6169 = stablehlo.divide %5350, %6168 : tensor<1024x3072xf32>
    %6170 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6171 = stablehlo.divide %5356, %6170 : tensor<1024xf32>
    %6172 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6173 = stablehlo.divide %5362, %6172 : tensor<1024x1024xf32>
    %6174 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6175 = stablehlo.divide %5368, %6174 : tensor<1024xf32>
    %6176 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6177 = stablehlo.divide %5374, %6176 : tensor<1024xf32>
    %6178 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6179 = stablehlo.divide %5380, %6178 : tensor<4096xf32>
    %6180 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6181 = stablehlo.divide %5386, %6180 : tensor<1024x4096xf32>
    %6182 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6183 = stablehlo.divide %5392, %6182 : tensor<1024xf32>
    %6184 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6185 = stablehlo.divide %5398, %6184 : tensor<4096x1024xf32>
    %6186 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6187 = stablehlo.divide %5404, %6186 : tensor<1024xf32>
    %6188 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6189 = stablehlo.divide %5410, %6188 : tensor<1024xf32>
    %6190 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6191 = stablehlo.divide %5416, %6190 : tensor<1024xf32>
    %6192 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6193 = stablehlo.divide %5422, %6192 : tensor<1024xf32>
    %6194 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6195 = stablehlo.divide %5428, %6194 : tensor<1024x3072xf32>
    %6196 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6197 = stablehlo.divide %5434, %6196 : tensor<1024xf32>
    %6198 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6199 = stablehlo.divide %5440, %6198 : tensor<1024x1024xf32>
    %6200 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6201 = stablehlo.divide %5446, %6200 : tensor<1024xf32>
    %6202 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6203 = stablehlo.divide %5452, %6202 : tensor<1024xf32>
    %6204 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6205 = stablehlo.divide %5458, %6204 : tensor<4096xf32>
    %6206 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6207 = stablehlo.divide %5464, %6206 : tensor<1024x4096xf32>
    %6208 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6209 = stablehlo.divide %5470, %6208 : tensor<1024xf32>
    %6210 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6211 = stablehlo.divide %5476, %6210 : tensor<4096x1024xf32>
    %6212 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6213 = stablehlo.divide %5482, %6212 : tensor<1024xf32>
    %6214 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6215 = stablehlo.divide %5488, %6214 : tensor<1024xf32>
    %6216 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6217 = stablehlo.divide %5494, %6216 : tensor<1024xf32>
    %6218 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6219 = stablehlo.divide %5500, %6218 : tensor<1024xf32>
    %6220 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6221 = stablehlo.divide %5506, %6220 : tensor<1024x3072xf32>
    %6222 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6223 = stablehlo.divide %5512, %6222 : tensor<1024xf32>
    %6224 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6225 = stablehlo.divide %5518, %6224 : tensor<1024x1024xf32>
    %6226 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6227 = stablehlo.divide %5524, %6226 : tensor<1024xf32>
    %6228 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6229 = stablehlo.divide %5530, %6228 : tensor<1024xf32>
    %6230 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6231 = stablehlo.divide %5536, %6230 : tensor<4096xf32>
    %6232 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6233 = stablehlo.divide %5542, %6232 : tensor<1024x4096xf32>
    %6234 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6235 = stablehlo.divide %5548, %6234 : tensor<1024xf32>
    %6236 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6237 = stablehlo.divide %5554, %6236 : tensor<4096x1024xf32>
    %6238 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6239 = stablehlo.divide %5560, %6238 : tensor<1024xf32>
    %6240 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6241 = stablehlo.divide %5566, %6240 : tensor<1024xf32>
    %6242 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6243 = stablehlo.divide %5572, %6242 : tensor<1024xf32>
    %6244 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6245 = stablehlo.divide %5578, %6244 : tensor<1024xf32>
    %6246 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6247 = stablehlo.divide %5584, %6246 : tensor<1024xf32>
    %6248 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6249 = stablehlo.divide %5590, %6248 : tensor<1024xf32>
    %6250 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6251 = stablehlo.divide %5596, %6250 : tensor<1024x1024xf32>
    %6252 = stablehlo.broadcast_in_dim %5933, dims = [] : (tensor<f32>) -> tensor<51200x1024xf32>
    %6253 = stablehlo.divide %5602, %6252 : tensor<51200x1024xf32>
    %cst_1575 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6254 = stablehlo.broadcast_in_dim %cst_1575, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6255 = stablehlo.add %5935, %6254 : tensor<1024x3072xf32>
    %6256 = stablehlo.sqrt %6255 : tensor<1024x3072xf32>
    %cst_1576 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6257 = stablehlo.broadcast_in_dim %cst_1576, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6258 = stablehlo.add %6256, %6257 : tensor<1024x3072xf32>
    %6259 = stablehlo.divide %5611, %6258 : tensor<1024x3072xf32>
    %cst_1577 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6260 = stablehlo.broadcast_in_dim %cst_1577, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6261 = stablehlo.add %5937, %6260 : tensor<1024xf32>
    %6262 = stablehlo.sqrt %6261 : tensor<1024xf32>
    %cst_1578 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6263 = stablehlo.broadcast_in_dim %cst_1578, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6264 = stablehlo.add %6262, %6263 : tensor<1024xf32>
    %6265 = stablehlo.divide %5613, %6264 : tensor<1024xf32>
    %cst_1579 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6266 = stablehlo.broadcast_in_dim %cst_1579, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6267 = stablehlo.add %5939, %6266 : tensor<1024x1024xf32>
    %6268 = stablehlo.sqrt %6267 : tensor<1024x1024xf32>
    %cst_1580 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6269 = stablehlo.broadcast_in_dim %cst_1580, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6270 = stablehlo.add %6268, %6269 : tensor<1024x1024xf32>
    %6271 = stablehlo.divide %5615, %6270 : tensor<1024x1024xf32>
    %cst_1581 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6272 = stablehlo.broadcast_in_dim %cst_1581, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6273 = stablehlo.add %5941, %6272 : tensor<1024xf32>
    %6274 = stablehlo.sqrt %6273 : tensor<1024xf32>
    %cst_1582 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6275 = stablehlo.broadcast_in_dim %cst_1582, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6276 = stablehlo.add %6274, %6275 : tensor<1024xf32>
    %6277 = stablehlo.divide %5617, %6276 : tensor<1024xf32>
    %cst_1583 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6278 = stablehlo.broadcast_in_dim %cst_1583, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6279 = stablehlo.add %5943, %6278 : tensor<1024xf32>
    %6280 = stablehlo.sqrt %6279 : tensor<1024xf32>
    %cst_1584 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6281 = stablehlo.broadcast_in_dim %cst_1584, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6282 = stablehlo.add %6280, %6281 : tensor<1024xf32>
    %6283 = stablehlo.divide %5619, %6282 : tensor<1024xf32>
    %cst_1585 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6284 = stablehlo.broadcast_in_dim %cst_1585, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6285 = stablehlo.add %5945, %6284 : tensor<4096xf32>
    %6286 = stablehlo.sqrt %6285 : tensor<4096xf32>
    %cst_1586 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6287 = stablehlo.broadcast_in_dim %cst_1586, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6288 = stablehlo.add %6286, %6287 : tensor<4096xf32>
    %6289 = stablehlo.divide %5621, %6288 : tensor<4096xf32>
    %cst_1587 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6290 = stablehlo.broadcast_in_dim %cst_1587, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6291 = stablehlo.add %5947, %6290 : tensor<1024x4096xf32>
    %6292 = stablehlo.sqrt %6291 : tensor<1024x4096xf32>
    %cst_1588 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6293 = stablehlo.broadcast_in_dim %cst_1588, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6294 = stablehlo.add %6292, %6293 : tensor<1024x4096xf32>
    %6295 = stablehlo.divide %5623, %6294 : tensor<1024x4096xf32>
    %cst_1589 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6296 = stablehlo.broadcast_in_dim %cst_1589, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6297 = stablehlo.add %5949, %6296 : tensor<1024xf32>
    %6298 = stablehlo.sqrt %6297 : tensor<1024xf32>
    %cst_1590 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6299 = stablehlo.broadcast_in_dim %cst_1590, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6300 = stablehlo.add %6298, %6299 : tensor<1024xf32>
    %6301 = stablehlo.divide %5625, %6300 : tensor<1024xf32>
    %cst_1591 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6302 = stablehlo.broadcast_in_dim %cst_1591, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6303 = stablehlo.add %5951, %6302 : tensor<4096x1024xf32>
    %6304 = stablehlo.sqrt %6303 : tensor<4096x1024xf32>
    %cst_1592 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6305 = stablehlo.broadcast_in_dim %cst_1592, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6306 = stablehlo.add %6304, %6305 : tensor<4096x1024xf32>
    %6307 = stablehlo.divide %5627, %6306 : tensor<4096x1024xf32>
    %cst_1593 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6308 = stablehlo.broadcast_in_dim %cst_1593, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6309 = stablehlo.add %5953, %6308 : tensor<1024xf32>
    %6310 = stablehlo.sqrt %6309 : tensor<1024xf32>
    %cst_1594 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6311 = stablehlo.broadcast_in_dim %cst_1594, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6312 = stablehlo.add %6310, %6311 : tensor<1024xf32>
    %6313 = stablehlo.divide %5629, %6312 : tensor<1024xf32>
    %cst_1595 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6314 = stablehlo.broadcast_in_dim %cst_1595, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6315 = stablehlo.add %5955, %6314 : tensor<1024xf32>
    %6316 = stablehlo.sqrt %6315 : tensor<1024xf32>
    %cst_1596 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6317 = stablehlo.broadcast_in_dim %cst_1596, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6318 = stablehlo.add %6316, %6317 : tensor<1024xf32>
    %6319 = stablehlo.divide %5631, %6318 : tensor<1024xf32>
    %cst_1597 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6320 = stablehlo.broadcast_in_dim %cst_1597, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6321 = stablehlo.add %5957, %6320 : tensor<1024xf32>
    %6322 = stablehlo.sqrt %6321 : tensor<1024xf32>
    %cst_1598 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6323 = stablehlo.broadcast_in_dim %cst_1598, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6324 = stablehlo.add %6322, %6323 : tensor<1024xf32>
    %6325 = stablehlo.divide %5633, %6324 : tensor<1024xf32>
    %cst_1599 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6326 = stablehlo.broadcast_in_dim %cst_1599, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6327 = stablehlo.add %5959, %6326 : tensor<1024xf32>
    %6328 = stablehlo.sqrt %6327 : tensor<1024xf32>
    %cst_1600 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6329 = stablehlo.broadcast_in_dim %cst_1600, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6330 = stablehlo.add %6328, %6329 : tensor<1024xf32>
    %6331 = stablehlo.divide %5635, %6330 : tensor<1024xf32>
    %cst_1601 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6332 = stablehlo.broadcast_in_dim %cst_1601, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6333 = stablehlo.add %5961, %6332 : tensor<1024x3072xf32>
    %6334 = stablehlo.sqrt %6333 : tensor<1024x3072xf32>
    %cst_1602 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6335 = stablehlo.broadcast_in_dim %cst_1602, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6336 = stablehlo.add %6334, %6335 : tensor<1024x3072xf32>
    %6337 = stablehlo.divide %5637, %6336 : tensor<1024x3072xf32>
    %cst_1603 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6338 = stablehlo.broadcast_in_dim %cst_1603, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6339 = stablehlo.add %5963, %6338 : tensor<1024xf32>
    %6340 = stablehlo.sqrt %6339 : tensor<1024xf32>
    %cst_1604 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6341 = stablehlo.broadcast_in_dim %cst_1604, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6342 = stablehlo.add %6340, %6341 : tensor<1024xf32>
    %6343 = stablehlo.divide %5639, %6342 : tensor<1024xf32>
    %cst_1605 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6344 = stablehlo.broadcast_in_dim %cst_1605, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6345 = stablehlo.add %5965, %6344 : tensor<1024x1024xf32>
    %6346 = stablehlo.sqrt %6345 : tensor<1024x1024xf32>
    %cst_1606 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6347 = stablehlo.broadcast_in_dim %cst_1606, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6348 = stablehlo.add %6346, %6347 : tensor<1024x1024xf32>
    %6349 = stablehlo.divide %5641, %6348 : tensor<1024x1024xf32>
    %cst_1607 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6350 = stablehlo.broadcast_in_dim %cst_1607, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6351 = stablehlo.add %5967, %6350 : tensor<1024xf32>
    %6352 = stablehlo.sqrt %6351 : tensor<1024xf32>
    %cst_1608 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6353 = stablehlo.broadcast_in_dim %cst_1608, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6354 = stablehlo.add %6352, %6353 : tensor<1024xf32>
    %6355 = stablehlo.divide %5643, %6354 : tensor<1024xf32>
    %cst_1609 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6356 = stablehlo.broadcast_in_dim %cst_1609, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6357 = stablehlo.add %5969, %6356 : tensor<1024xf32>
    %6358 = stablehlo.sqrt %6357 : tensor<1024xf32>
    %cst_1610 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6359 = stablehlo.broadcast_in_dim %cst_1610, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6360 = stablehlo.add %6358, %6359 : tensor<1024xf32>
    %6361 = stablehlo.divide %5645, %6360 : tensor<1024xf32>
    %cst_1611 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6362 = stablehlo.broadcast_in_dim %cst_1611, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6363 = stablehlo.add %5971, %6362 : tensor<4096xf32>
    %6364 = stablehlo.sqrt %6363 : tensor<4096xf32>
    %cst_1612 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6365 = stablehlo.broadcast_in_dim %cst_1612, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6366 = stablehlo.add %6364, %6365 : tensor<4096xf32>
    %6367 = stablehlo.divide %5647, %6366 : tensor<4096xf32>
    %cst_1613 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6368 = stablehlo.broadcast_in_dim %cst_1613, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6369 = stablehlo.add %5973, %6368 : tensor<1024x4096xf32>
    %6370 = stablehlo.sqrt %6369 : tensor<1024x4096xf32>
    %cst_1614 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6371 = stablehlo.broadcast_in_dim %cst_1614, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6372 = stablehlo.add %6370, %6371 : tensor<1024x4096xf32>
    %6373 = stablehlo.divide %5649, %6372 : tensor<1024x4096xf32>
    %cst_1615 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6374 = stablehlo.broadcast_in_dim %cst_1615, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6375 = stablehlo.add %5975, %6374 : tensor<1024xf32>
    %6376 = stablehlo.sqrt %6375 : tensor<1024xf32>
    %cst_1616 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6377 = stablehlo.broadcast_in_dim %cst_1616, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6378 = stablehlo.add %6376, %6377 : tensor<1024xf32>
    %6379 = stablehlo.divide %5651, %6378 : tensor<1024xf32>
    %cst_1617 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6380 = stablehlo.broadcast_in_dim %cst_1617, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6381 = stablehlo.add %5977, %6380 : tensor<4096x1024xf32>
    %6382 = stablehlo.sqrt %6381 : tensor<4096x1024xf32>
    %cst_1618 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6383 = stablehlo.broadcast_in_dim %cst_1618, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6384 = stablehlo.add %6382, %6383 : tensor<4096x1024xf32>
    %6385 = stablehlo.divide %5653, %6384 : tensor<4096x1024xf32>
    %cst_1619 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6386 = stablehlo.broadcast_in_dim %cst_1619, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6387 = stablehlo.add %5979, %6386 : tensor<1024xf32>
    %6388 = stablehlo.sqrt %6387 : tensor<1024xf32>
    %cst_1620 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6389 = stablehlo.broadcast_in_dim %cst_1620, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6390 = stablehlo.add %6388, %6389 : tensor<1024xf32>
    %6391 = stablehlo.divide %5655, %6390 : tensor<1024xf32>
    %cst_1621 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6392 = stablehlo.broadcast_in_dim %cst_1621, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6393 = stablehlo.add %5981, %6392 : tensor<1024xf32>
    %6394 = stablehlo.sqrt %6393 : tensor<1024xf32>
    %cst_1622 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6395 = stablehlo.broadcast_in_dim %cst_1622, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6396 = stablehlo.add %6394, %6395 : tensor<1024xf32>
    %6397 = stablehlo.divide %5657, %6396 : tensor<1024xf32>
    %cst_1623 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6398 = stablehlo.broadcast_in_dim %cst_1623, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6399 = stablehlo.add %5983, %6398 : tensor<1024xf32>
    %6400 = stablehlo.sqrt %6399 : tensor<1024xf32>
    %cst_1624 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6401 = stablehlo.broadcast_in_dim %cst_1624, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6402 = stablehlo.add %6400, %6401 : tensor<1024xf32>
    %6403 = stablehlo.divide %5659, %6402 : tensor<1024xf32>
    %cst_1625 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6404 = stablehlo.broadcast_in_dim %cst_1625, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6405 = stablehlo.add %5985, %6404 : tensor<1024xf32>
    %6406 = stablehlo.sqrt %6405 : tensor<1024xf32>
    %cst_1626 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6407 = stablehlo.broadcast_in_dim %cst_1626, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6408 = stablehlo.add %6406, %6407 : tensor<1024xf32>
    %6409 = stablehlo.divide %5661, %6408 : tensor<1024xf32>
    %cst_1627 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6410 = stablehlo.broadcast_in_dim %cst_1627, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6411 = stablehlo.add %5987, %6410 : tensor<1024x3072xf32>
    %6412 = stablehlo.sqrt %6411 : tensor<1024x3072xf32>
    %cst_1628 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6413 = stablehlo.broadcast_in_dim %cst_1628, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6414 = stablehlo.add %6412, %6413 : tensor<1024x3072xf32>
    %6415 = stablehlo.divide %5663, %6414 : tensor<1024x3072xf32>
    %cst_1629 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6416 = stablehlo.broadcast_in_dim %cst_1629, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6417 = stablehlo.add %5989, %6416 : tensor<1024xf32>
    %6418 = stablehlo.sqrt %6417 : tensor<1024xf32>
    %cst_1630 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6419 = stablehlo.broadcast_in_dim %cst_1630, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6420 = stablehlo.add %6418, %6419 : tensor<1024xf32>
    %6421 = stablehlo.divide %5665, %6420 : tensor<1024xf32>
    %cst_1631 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6422 = stablehlo.broadcast_in_dim %cst_1631, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6423 = stablehlo.add %5991, %6422 : tensor<1024x1024xf32>
    %6424 = stablehlo.sqrt %6423 : tensor<1024x1024xf32>
    %cst_1632 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6425 = stablehlo.broadcast_in_dim %cst_1632, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6426 = stablehlo.add %6424, %6425 : tensor<1024x1024xf32>
    %6427 = stablehlo.divide %5667, %6426 : tensor<1024x1024xf32>
    %cst_1633 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6428 = stablehlo.broadcast_in_dim %cst_1633, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6429 = stablehlo.add %5993, %6428 : tensor<1024xf32>
    %6430 = stablehlo.sqrt %6429 : tensor<1024xf32>
    %cst_1634 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6431 = stablehlo.broadcast_in_dim %cst_1634, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6432 = stablehlo.add %6430, %6431 : tensor<1024xf32>
    %6433 = stablehlo.divide %5669, %6432 : tensor<1024xf32>
    %cst_1635 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6434 = stablehlo.broadcast_in_dim %cst_1635, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6435 = stablehlo.add %5995, %6434 : tensor<1024xf32>
    %6436 = stablehlo.sqrt %6435 : tensor<1024xf32>
    %cst_1636 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6437 = stablehlo.broadcast_in_dim %cst_1636, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6438 = stablehlo.add %6436, %6437 : tensor<1024xf32>
    %6439 = stablehlo.divide %5671, %6438 : tensor<1024xf32>
    %cst_1637 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6440 = stablehlo.broadcast_in_dim %cst_1637, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6441 = stablehlo.add %5997, %6440 : tensor<4096xf32>
    %6442 = stablehlo.sqrt %6441 : tensor<4096xf32>
    %cst_1638 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6443 = stablehlo.broadcast_in_dim %cst_1638, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6444 = stablehlo.add %6442, %6443 : tensor<4096xf32>
    %6445 = stablehlo.divide %5673, %6444 : tensor<4096xf32>
    %cst_1639 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6446 = stablehlo.broadcast_in_dim %cst_1639, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6447 = stablehlo.add %5999, %6446 : tensor<1024x4096xf32>
    %6448 = stablehlo.sqrt %6447 : tensor<1024x4096xf32>
    %cst_1640 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6449 = stablehlo.broadcast_in_dim %cst_1640, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6450 = stablehlo.add %6448, %6449 : tensor<1024x4096xf32>
    %6451 = stablehlo.divide %5675, %6450 : tensor<1024x4096xf32>
    %cst_1641 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6452 = stablehlo.broadcast_in_dim %cst_1641, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6453 = stablehlo.add %6001, %6452 : tensor<1024xf32>
    %6454 = stablehlo.sqrt %6453 : tensor<1024xf32>
    %cst_1642 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6455 = stablehlo.broadcast_in_dim %cst_1642, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6456 = stablehlo.add %6454, %6455 : tensor<1024xf32>
    %6457 = stablehlo.divide %5677, %6456 : tensor<1024xf32>
    %cst_1643 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6458 = stablehlo.broadcast_in_dim %cst_1643, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6459 = stablehlo.add %6003, %6458 : tensor<4096x1024xf32>
    %6460 = stablehlo.sqrt %6459 : tensor<4096x1024xf32>
    %cst_1644 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6461 = stablehlo.broadcast_in_dim %cst_1644, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6462 = stablehlo.add %6460, %6461 : tensor<4096x1024xf32>
    %6463 = stablehlo.divide %5679, %6462 : tensor<4096x1024xf32>
    %cst_1645 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6464 = stablehlo.broadcast_in_dim %cst_1645, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6465 = stablehlo.add %6005, %6464 : tensor<1024xf32>
    %6466 = stablehlo.sqrt %6465 : tensor<1024xf32>
    %cst_1646 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6467 = stablehlo.broadcast_in_dim %cst_1646, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6468 = stablehlo.add %6466, %6467 : tensor<1024xf32>
    %6469 = stablehlo.divide %5681, %6468 : tensor<1024xf32>
    %cst_1647 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6470 = stablehlo.broadcast_in_dim %cst_1647, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6471 = stablehlo.add %6007, %6470 : tensor<1024xf32>
    %6472 = stablehlo.sqrt %6471 : tensor<1024xf32>
    %cst_1648 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6473 = stablehlo.broadcast_in_dim %cst_1648, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6474 = stablehlo.add %6472, %6473 : tensor<1024xf32>
    %6475 = stablehlo.divide %5683, %6474 : tensor<1024xf32>
    %cst_1649 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6476 = stablehlo.broadcast_in_dim %cst_1649, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6477 = stablehlo.add %6009, %6476 : tensor<1024xf32>
    %6478 = stablehlo.sqrt %6477 : tensor<1024xf32>
    %cst_1650 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6479 = stablehlo.broadcast_in_dim %cst_1650, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6480 = stablehlo.add %6478, %6479 : tensor<1024xf32>
    %6481 = stablehlo.divide %5685, %6480 : tensor<1024xf32>
    %cst_1651 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6482 = stablehlo.broadcast_in_dim %cst_1651, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6483 = stablehlo.add %6011, %6482 : tensor<1024xf32>
    %6484 = stablehlo.sqrt %6483 : tensor<1024xf32>
    %cst_1652 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6485 = stablehlo.broadcast_in_dim %cst_1652, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6486 = stablehlo.add %6484, %6485 : tensor<1024xf32>
    %6487 = stablehlo.divide %5687, %6486 : tensor<1024xf32>
    %cst_1653 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6488 = stablehlo.broadcast_in_dim %cst_1653, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6489 = stablehlo.add %6013, %6488 : tensor<1024x3072xf32>
    %6490 = stablehlo.sqrt %6489 : tensor<1024x3072xf32>
    %cst_1654 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6491 = stablehlo.broadcast_in_dim %cst_1654, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6492 = stablehlo.add %6490, %6491 : tensor<1024x3072xf32>
    %6493 = stablehlo.divide %5689, %6492 : tensor<1024x3072xf32>
    %cst_1655 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6494 = stablehlo.broadcast_in_dim %cst_1655, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6495 = stablehlo.add %6015, %6494 : tensor<1024xf32>
    %6496 = stablehlo.sqrt %6495 : tensor<1024xf32>
    %cst_1656 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6497 = stablehlo.broadcast_in_dim %cst_1656, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6498 = stablehlo.add %6496, %6497 : tensor<1024xf32>
    %6499 = stablehlo.divide %5691, %6498 : tensor<1024xf32>
    %cst_1657 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6500 = stablehlo.broadcast_in_dim %cst_1657, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6501 = stablehlo.add %6017, %6500 : tensor<1024x1024xf32>
    %6502 = stablehlo.sqrt %6501 : tensor<1024x1024xf32>
    %cst_1658 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6503 = stablehlo.broadcast_in_dim %cst_1658, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6504 = stablehlo.add %6502, %6503 : tensor<1024x1024xf32>
    %6505 = stablehlo.divide %5693, %6504 : tensor<1024x1024xf32>
    %cst_1659 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6506 = stablehlo.broadcast_in_dim %cst_1659, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6507 = stablehlo.add %6019, %6506 : tensor<1024xf32>
    %6508 = stablehlo.sqrt %6507 : tensor<1024xf32>
    %cst_1660 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6509 = stablehlo.broadcast_in_dim %cst_1660, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6510 = stablehlo.add %6508, %6509 : tensor<1024xf32>
    %6511 = stablehlo.divide %5695, %6510 : tensor<1024xf32>
    %cst_1661 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6512 = stablehlo.broadcast_in_dim %cst_1661, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6513 = stablehlo.add %6021, %6512 : tensor<1024xf32>
    %6514 = stablehlo.sqrt %6513 : tensor<1024xf32>
    %cst_1662 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6515 = stablehlo.broadcast_in_dim %cst_1662, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6516 = stablehlo.add %6514, %6515 : tensor<1024xf32>
    %6517 = stablehlo.divide %5697, %6516 : tensor<1024xf32>
    %cst_1663 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6518 = stablehlo.broadcast_in_dim %cst_1663, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6519 = stablehlo.add %6023, %6518 : tensor<4096xf32>
    %6520 = stablehlo.sqrt %6519 : tensor<4096xf32>
    %cst_1664 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6521 = stablehlo.broadcast_in_dim %cst_1664, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6522 = stablehlo.add %6520, %6521 : tensor<4096xf32>
    %6523 = stablehlo.divide %5699, %6522 : tensor<4096xf32>
    %cst_1665 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6524 = stablehlo.broadcast_in_dim %cst_1665, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6525 = stablehlo.add %6025, %6524 : tensor<1024x4096xf32>
    %6526 = stablehlo.sqrt %6525 : tensor<1024x4096xf32>
    %cst_1666 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6527 = stablehlo.broadcast_in_dim %cst_1666, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6528 = stablehlo.add %6526, %6527 : tensor<1024x4096xf32>
    %6529 = stablehlo.divide %5701, %6528 : tensor<1024x4096xf32>
    %cst_1667 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6530 = stablehlo.broadcast_in_dim %cst_1667, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6531 = stablehlo.add %6027, %6530 : tensor<1024xf32>
    %6532 = stablehlo.sqrt %6531 : tensor<1024xf32>
    %cst_1668 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6533 = stablehlo.broadcast_in_dim %cst_1668, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6534 = stablehlo.add %6532, %6533 : tensor<1024xf32>
    %6535 = stablehlo.divide %5703, %6534 : tensor<1024xf32>
    %cst_1669 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6536 = stablehlo.broadcast_in_dim %cst_1669, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6537 = stablehlo.add %6029, %6536 : tensor<4096x1024xf32>
    %6538 = stablehlo.sqrt %6537 : tensor<4096x1024xf32>
    %cst_1670 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6539 = stablehlo.broadcast_in_dim %cst_1670, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6540 = stablehlo.add %6538, %6539 : tensor<4096x1024xf32>
    %6541 = stablehlo.divide %5705, %6540 : tensor<4096x1024xf32>
    %cst_1671 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6542 = stablehlo.broadcast_in_dim %cst_1671, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6543 = stablehlo.add %6031, %6542 : tensor<1024xf32>
    %6544 = stablehlo.sqrt %6543 : tensor<1024xf32>
    %cst_1672 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6545 = stablehlo.broadcast_in_dim %cst_1672, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6546 = stablehlo.add %6544, %6545 : tensor<1024xf32>
    %6547 = stablehlo.divide %5707, %6546 : tensor<1024xf32>
    %cst_1673 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6548 = stablehlo.broadcast_in_dim %cst_1673, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6549 = stablehlo.add %6033, %6548 : tensor<1024xf32>
    %6550 = stablehlo.sqrt %6549 : tensor<1024xf32>
    %cst_1674 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6551 = stablehlo.broadcast_in_dim %cst_1674, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6552 = stablehlo.add %6550, %6551 : tensor<1024xf32>
    %6553 = stablehlo.divide %5709, %6552 : tensor<1024xf32>
    %cst_1675 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6554 = stablehlo.broadcast_in_dim %cst_1675, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6555 = stablehlo.add %6035, %6554 : tensor<1024xf32>
    %6556 = stablehlo.sqrt %6555 : tensor<1024xf32>
    %cst_1676 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6557 = stablehlo.broadcast_in_dim %cst_1676, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6558 = stablehlo.add %6556, %6557 : tensor<1024xf32>
    %6559 = stablehlo.divide %5711, %6558 : tensor<1024xf32>
    %cst_1677 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6560 = stablehlo.broadcast_in_dim %cst_1677, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6561 = stablehlo.add %6037, %6560 : tensor<1024xf32>
    %6562 = stablehlo.sqrt %6561 : tensor<1024xf32>
    %cst_1678 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6563 = stablehlo.broadcast_in_dim %cst_1678, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6564 = stablehlo.add %6562, %6563 : tensor<1024xf32>
    %6565 = stablehlo.divide %5713, %6564 : tensor<1024xf32>
    %cst_1679 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6566 = stablehlo.broadcast_in_dim %cst_1679, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6567 = stablehlo.add %6039, %6566 : tensor<1024x3072xf32>
    %6568 = stablehlo.sqrt %6567 : tensor<1024x3072xf32>
    %cst_1680 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6569 = stablehlo.broadcast_in_dim %cst_1680, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6570 = stablehlo.add %6568, %6569 : tensor<1024x3072xf32>
    %6571 = stablehlo.divide %5715, %6570 : tensor<1024x3072xf32>
    %cst_1681 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6572 = stablehlo.broadcast_in_dim %cst_1681, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6573 = stablehlo.add %6041, %6572 : tensor<1024xf32>
    %6574 = stablehlo.sqrt %6573 : tensor<1024xf32>
    %cst_1682 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6575 = stablehlo.broadcast_in_dim %cst_1682, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6576 = stablehlo.add %6574, %6575 : tensor<1024xf32>
    %6577 = stablehlo.divide %5717, %6576 : tensor<1024xf32>
    %cst_1683 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6578 = stablehlo.broadcast_in_dim %cst_1683, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6579 = stablehlo.add %6043, %6578 : tensor<1024x1024xf32>
    %6580 = stablehlo.sqrt %6579 : tensor<1024x1024xf32>
    %cst_1684 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6581 = stablehlo.broadcast_in_dim %cst_1684, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6582 = stablehlo.add %6580, %6581 : tensor<1024x1024xf32>
    %6583 = stablehlo.divide %5719, %6582 : tensor<1024x1024xf32>
    %cst_1685 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6584 = stablehlo.broadcast_in_dim %cst_1685, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6585 = stablehlo.add %6045, %6584 : tensor<1024xf32>
    %6586 = stablehlo.sqrt %6585 : tensor<1024xf32>
    %cst_1686 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6587 = stablehlo.broadcast_in_dim %cst_1686, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6588 = stablehlo.add %6586, %6587 : tensor<1024xf32>
    %6589 = stablehlo.divide %5721, %6588 : tensor<1024xf32>
    %cst_1687 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6590 = stablehlo.broadcast_in_dim %cst_1687, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6591 = stablehlo.add %6047, %6590 : tensor<1024xf32>
    %6592 = stablehlo.sqrt %6591 : tensor<1024xf32>
    %cst_1688 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6593 = stablehlo.broadcast_in_dim %cst_1688, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6594 = stablehlo.add %6592, %6593 : tensor<1024xf32>
    %6595 = stablehlo.divide %5723, %6594 : tensor<1024xf32>
    %cst_1689 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6596 = stablehlo.broadcast_in_dim %cst_1689, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6597 = stablehlo.add %6049, %6596 : tensor<4096xf32>
    %6598 = stablehlo.sqrt %6597 : tensor<4096xf32>
    %cst_1690 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6599 = stablehlo.broadcast_in_dim %cst_1690, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6600 = stablehlo.add %6598, %6599 : tensor<4096xf32>
    %6601 = stablehlo.divide %5725, %6600 : tensor<4096xf32>
    %cst_1691 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6602 = stablehlo.broadcast_in_dim %cst_1691, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6603 = stablehlo.add %6051, %6602 : tensor<1024x4096xf32>
    %6604 = stablehlo.sqrt %6603 : tensor<1024x4096xf32>
    %cst_1692 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6605 = stablehlo.broadcast_in_dim %cst_1692, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6606 = stablehlo.add %6604, %6605 : tensor<1024x4096xf32>
    %6607 = stablehlo.divide %5727, %6606 : tensor<1024x4096xf32>
    %cst_1693 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6608 = stablehlo.broadcast_in_dim %cst_1693, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6609 = stablehlo.add %6053, %6608 : tensor<1024xf32>
    %6610 = stablehlo.sqrt %6609 : tensor<1024xf32>
    %cst_1694 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6611 = stablehlo.broadcast_in_dim %cst_1694, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6612 = stablehlo.add %6610, %6611 : tensor<1024xf32>
    %6613 = stablehlo.divide %5729, %6612 : tensor<1024xf32>
    %cst_1695 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6614 = stablehlo.broadcast_in_dim %cst_1695, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6615 = stablehlo.add %6055, %6614 : tensor<4096x1024xf32>
    %6616 = stablehlo.sqrt %6615 : tensor<4096x1024xf32>
    %cst_1696 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6617 = stablehlo.broadcast_in_dim %cst_1696, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6618 = stablehlo.add %6616, %6617 : tensor<4096x1024xf32>
    %6619 = stablehlo.divide %5731, %6618 : tensor<4096x1024xf32>
    %cst_1697 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6620 = stablehlo.broadcast_in_dim %cst_1697, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6621 = stablehlo.add %6057, %6620 : tensor<1024xf32>
    %6622 = stablehlo.sqrt %6621 : tensor<1024xf32>
    %cst_1698 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6623 = stablehlo.broadcast_in_dim %cst_1698, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6624 = stablehlo.add %6622, %6623 : tensor<1024xf32>
    %6625 = stablehlo.divide %5733, %6624 : tensor<1024xf32>
    %cst_1699 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6626 = stablehlo.broadcast_in_dim %cst_1699, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6627 = stablehlo.add %6059, %6626 : tensor<1024xf32>
    %6628 = stablehlo.sqrt %6627 : tensor<1024xf32>
    %cst_1700 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6629 = stablehlo.broadcast_in_dim %cst_1700, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6630 = stablehlo.add %6628, %6629 : tensor<1024xf32>
    %6631 = stablehlo.divide %5735, %6630 : tensor<1024xf32>
    %cst_1701 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6632 = stablehlo.broadcast_in_dim %cst_1701, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6633 = stablehlo.add %6061, %6632 : tensor<1024xf32>
    %6634 = stablehlo.sqrt %6633 : tensor<1024xf32>
    %cst_1702 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6635 = stablehlo.broadcast_in_dim %cst_1702, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6636 = stablehlo.add %6634, %6635 : tensor<1024xf32>
    %6637 = stablehlo.divide %5737, %6636 : tensor<1024xf32>
    %cst_1703 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6638 = stablehlo.broadcast_in_dim %cst_1703, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6639 = stablehlo.add %6063, %6638 : tensor<1024xf32>
    %6640 = stablehlo.sqrt %6639 : tensor<1024xf32>
    %cst_1704 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6641 = stablehlo.broadcast_in_dim %cst_1704, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6642 = stablehlo.add %6640, %6641 : tensor<1024xf32>
    %6643 = stablehlo.divide %5739, %6642 : tensor<1024xf32>
    %cst_1705 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6644 = stablehlo.broadcast_in_dim %cst_1705, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6645 = stablehlo.add %6065, %6644 : tensor<1024x3072xf32>
    %6646 = stablehlo.sqrt %6645 : tensor<1024x3072xf32>
    %cst_1706 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6647 = stablehlo.broadcast_in_dim %cst_1706, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6648 = stablehlo.add %6646, %6647 : tensor<1024x3072xf32>
    %6649 = stablehlo.divide %5741, %6648 : tensor<1024x3072xf32>
    %cst_1707 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6650 = stablehlo.broadcast_in_dim %cst_1707, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6651 = stablehlo.add %6067, %6650 : tensor<1024xf32>
    %6652 = stablehlo.sqrt %6651 : tensor<1024xf32>
    %cst_1708 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6653 = stablehlo.broadcast_in_dim %cst_1708, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6654 = stablehlo.add %6652, %6653 : tensor<1024xf32>
    %6655 = stablehlo.divide %5743, %6654 : tensor<1024xf32>
    %cst_1709 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6656 = stablehlo.broadcast_in_dim %cst_1709, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6657 = stablehlo.add %6069, %6656 : tensor<1024x1024xf32>
    %6658 = stablehlo.sqrt %6657 : tensor<1024x1024xf32>
    %cst_1710 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6659 = stablehlo.broadcast_in_dim %cst_1710, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6660 = stablehlo.add %6658, %6659 : tensor<1024x1024xf32>
    %6661 = stablehlo.divide %5745, %6660 : tensor<1024x1024xf32>
    %cst_1711 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6662 = stablehlo.broadcast_in_dim %cst_1711, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6663 = stablehlo.add %6071, %6662 : tensor<1024xf32>
    %6664 = stablehlo.sqrt %6663 : tensor<1024xf32>
    %cst_1712 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6665 = stablehlo.broadcast_in_dim %cst_1712, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6666 = stablehlo.add %6664, %6665 : tensor<1024xf32>
    %6667 = stablehlo.divide %5747, %6666 : tensor<1024xf32>
    %cst_1713 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6668 = stablehlo.broadcast_in_dim %cst_1713, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6669 = stablehlo.add %6073, %6668 : tensor<1024xf32>
    %6670 = stablehlo.sqrt %6669 : tensor<1024xf32>
    %cst_1714 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6671 = stablehlo.broadcast_in_dim %cst_1714, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6672 = stablehlo.add %6670, %6671 : tensor<1024xf32>
    %6673 = stablehlo.divide %5749, %6672 : tensor<1024xf32>
    %cst_1715 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6674 = stablehlo.broadcast_in_dim %cst_1715, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6675 = stablehlo.add %6075, %6674 : tensor<4096xf32>
    %6676 = stablehlo.sqrt %6675 : tensor<4096xf32>
    %cst_1716 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6677 = stablehlo.broadcast_in_dim %cst_1716, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6678 = stablehlo.add %6676, %6677 : tensor<4096xf32>
    %6679 = stablehlo.divide %5751, %6678 : tensor<4096xf32>
    %cst_1717 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6680 = stablehlo.broadcast_in_dim %cst_1717, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6681 = stablehlo.add %6077, %6680 : tensor<1024x4096xf32>
    %6682 = stablehlo.sqrt %6681 : tensor<1024x4096xf32>
    %cst_1718 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6683 = stablehlo.broadcast_in_dim %cst_1718, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6684 = stablehlo.add %6682, %6683 : tensor<1024x4096xf32>
    %6685 = stablehlo.divide %5753, %6684 : tensor<1024x4096xf32>
    %cst_1719 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6686 = stablehlo.broadcast_in_dim %cst_1719, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6687 = stablehlo.add %6079, %6686 : tensor<1024xf32>
    %6688 = stablehlo.sqrt %6687 : tensor<1024xf32>
    %cst_1720 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6689 = stablehlo.broadcast_in_dim %cst_1720, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6690 = stablehlo.add %6688, %6689 : tensor<1024xf32>
    %6691 = stablehlo.divide %5755, %6690 : tensor<1024xf32>
    %cst_1721 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6692 = stablehlo.broadcast_in_dim %cst_1721, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6693 = stablehlo.add %6081, %6692 : tensor<4096x1024xf32>
    %6694 = stablehlo.sqrt %6693 : tensor<4096x1024xf32>
    %cst_1722 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6695 = stablehlo.broadcast_in_dim %cst_1722, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6696 = stablehlo.add %6694, %6695 : tensor<4096x1024xf32>
    %6697 = stablehlo.divide %5757, %6696 : tensor<4096x1024xf32>
    %cst_1723 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6698 = stablehlo.broadcast_in_dim %cst_1723, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6699 = stablehlo.add %6083, %6698 : tensor<1024xf32>
    %6700 = stablehlo.sqrt %6699 : tensor<1024xf32>
    %cst_1724 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6701 = stablehlo.broadcast_in_dim %cst_1724, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6702 = stablehlo.add %6700, %6701 : tensor<1024xf32>
    %6703 = stablehlo.divide %5759, %6702 : tensor<1024xf32>
    %cst_1725 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6704 = stablehlo.broadcast_in_dim %cst_1725, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6705 = stablehlo.add %6085, %6704 : tensor<1024xf32>
    %6706 = stablehlo.sqrt %6705 : tensor<1024xf32>
    %cst_1726 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6707 = stablehlo.broadcast_in_dim %cst_1726, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6708 = stablehlo.add %6706, %6707 : tensor<1024xf32>
    %6709 = stablehlo.divide %5761, %6708 : tensor<1024xf32>
    %cst_1727 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6710 = stablehlo.broadcast_in_dim %cst_1727, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6711 = stablehlo.add %6087, %6710 : tensor<1024xf32>
    %6712 = stablehlo.sqrt %6711 : tensor<1024xf32>
    %cst_1728 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6713 = stablehlo.broadcast_in_dim %cst_1728, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6714 = stablehlo.add %6712, %6713 : tensor<1024xf32>
    %6715 = stablehlo.divide %5763, %6714 : tensor<1024xf32>
    %cst_1729 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6716 = stablehlo.broadcast_in_dim %cst_1729, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6717 = stablehlo.add %6089, %6716 : tensor<1024xf32>
    %6718 = stablehlo.sqrt %6717 : tensor<1024xf32>
    %cst_1730 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6719 = stablehlo.broadcast_in_dim %cst_1730, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6720 = stablehlo.add %6718, %6719 : tensor<1024xf32>
    %6721 = stablehlo.divide %5765, %6720 : tensor<1024xf32>
    %cst_1731 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6722 = stablehlo.broadcast_in_dim %cst_1731, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6723 = stablehlo.add %6091, %6722 : tensor<1024x3072xf32>
    %6724 = stablehlo.sqrt %6723 : tensor<1024x3072xf32>
    %cst_1732 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6725 = stablehlo.broadcast_in_dim %cst_1732, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6726 = stablehlo.add %6724, %6725 : tensor<1024x3072xf32>
    %6727 = stablehlo.divide %5767, %6726 : tensor<1024x3072xf32>
    %cst_1733 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6728 = stablehlo.broadcast_in_dim %cst_1733, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6729 = stablehlo.add %6093, %6728 : tensor<1024xf32>
    %6730 = stablehlo.sqrt %6729 : tensor<1024xf32>
    %cst_1734 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6731 = stablehlo.broadcast_in_dim %cst_1734, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6732 = stablehlo.add %6730, %6731 : tensor<1024xf32>
    %6733 = stablehlo.divide %5769, %6732 : tensor<1024xf32>
    %cst_1735 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6734 = stablehlo.broadcast_in_dim %cst_1735, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6735 = stablehlo.add %6095, %6734 : tensor<1024x1024xf32>
    %6736 = stablehlo.sqrt %6735 : tensor<1024x1024xf32>
    %cst_1736 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6737 = stablehlo.broadcast_in_dim %cst_1736, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6738 = stablehlo.add %6736, %6737 : tensor<1024x1024xf32>
    %6739 = stablehlo.divide %5771, %6738 : tensor<1024x1024xf32>
    %cst_1737 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6740 = stablehlo.broadcast_in_dim %cst_1737, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6741 = stablehlo.add %6097, %6740 : tensor<1024xf32>
    %6742 = stablehlo.sqrt %6741 : tensor<1024xf32>
    %cst_1738 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6743 = stablehlo.broadcast_in_dim %cst_1738, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6744 = stablehlo.add %6742, %6743 : tensor<1024xf32>
    %6745 = stablehlo.divide %5773, %6744 : tensor<1024xf32>
    %cst_1739 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6746 = stablehlo.broadcast_in_dim %cst_1739, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6747 = stablehlo.add %6099, %6746 : tensor<1024xf32>
    %6748 = stablehlo.sqrt %6747 : tensor<1024xf32>
    %cst_1740 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6749 = stablehlo.broadcast_in_dim %cst_1740, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6750 = stablehlo.add %6748, %6749 : tensor<1024xf32>
    %6751 = stablehlo.divide %5775, %6750 : tensor<1024xf32>
    %cst_1741 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6752 = stablehlo.broadcast_in_dim %cst_1741, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6753 = stablehlo.add %6101, %6752 : tensor<4096xf32>
    %6754 = stablehlo.sqrt %6753 : tensor<4096xf32>
    %cst_1742 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6755 = stablehlo.broadcast_in_dim %cst_1742, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6756 = stablehlo.add %6754, %6755 : tensor<4096xf32>
    %6757 = stablehlo.divide %5777, %6756 : tensor<4096xf32>
    %cst_1743 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6758 = stablehlo.broadcast_in_dim %cst_1743, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6759 = stablehlo.add %6103, %6758 : tensor<1024x4096xf32>
    %6760 = stablehlo.sqrt %6759 : tensor<1024x4096xf32>
    %cst_1744 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6761 = stablehlo.broadcast_in_dim %cst_1744, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6762 = stablehlo.add %6760, %6761 : tensor<1024x4096xf32>
    %6763 = stablehlo.divide %5779, %6762 : tensor<1024x4096xf32>
    %cst_1745 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6764 = stablehlo.broadcast_in_dim %cst_1745, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6765 = stablehlo.add %6105, %6764 : tensor<1024xf32>
    %6766 = stablehlo.sqrt %6765 : tensor<1024xf32>
    %cst_1746 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6767 = stablehlo.broadcast_in_dim %cst_1746, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6768 = stablehlo.add %6766, %6767 : tensor<1024xf32>
    %6769 = stablehlo.divide %5781, %6768 : tensor<1024xf32>
    %cst_1747 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6770 = stablehlo.broadcast_in_dim %cst_1747, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6771 = stablehlo.add %6107, %6770 : tensor<4096x1024xf32>
    %6772 = stablehlo.sqrt %6771 : tensor<4096x1024xf32>
    %cst_1748 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6773 = stablehlo.broadcast_in_dim %cst_1748, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6774 = stablehlo.add %6772, %6773 : tensor<4096x1024xf32>
    %6775 = stablehlo.divide %5783, %6774 : tensor<4096x1024xf32>
    %cst_1749 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6776 = stablehlo.broadcast_in_dim %cst_1749, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6777 = stablehlo.add %6109, %6776 : tensor<1024xf32>
    %6778 = stablehlo.sqrt %6777 : tensor<1024xf32>
    %cst_1750 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6779 = stablehlo.broadcast_in_dim %cst_1750, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6780 = stablehlo.add %6778, %6779 : tensor<1024xf32>
    %6781 = stablehlo.divide %5785, %6780 : tensor<1024xf32>
    %cst_1751 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6782 = stablehlo.broadcast_in_dim %cst_1751, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6783 = stablehlo.add %6111, %6782 : tensor<1024xf32>
    %6784 = stablehlo.sqrt %6783 : tensor<1024xf32>
    %cst_1752 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6785 = stablehlo.broadcast_in_dim %cst_1752, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6786 = stablehlo.add %6784, %6785 : tensor<1024xf32>
    %6787 = stablehlo.divide %5787, %6786 : tensor<1024xf32>
    %cst_1753 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6788 = stablehlo.broadcast_in_dim %cst_1753, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6789 = stablehlo.add %6113, %6788 : tensor<1024xf32>
    %6790 = stablehlo.sqrt %6789 : tensor<1024xf32>
    %cst_1754 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6791 = stablehlo.broadcast_in_dim %cst_1754, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6792 = stablehlo.add %6790, %6791 : tensor<1024xf32>
    %6793 = stablehlo.divide %5789, %6792 : tensor<1024xf32>
    %cst_1755 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6794 = stablehlo.broadcast_in_dim %cst_1755, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6795 = stablehlo.add %6115, %6794 : tensor<1024xf32>
    %6796 = stablehlo.sqrt %6795 : tensor<1024xf32>
    %cst_1756 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6797 = stablehlo.broadcast_in_dim %cst_1756, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6798 = stablehlo.add %6796, %6797 : tensor<1024xf32>
    %6799 = stablehlo.divide %5791, %6798 : tensor<1024xf32>
    %cst_1757 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6800 = stablehlo.broadcast_in_dim %cst_1757, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6801 = stablehlo.add %6117, %6800 : tensor<1024x3072xf32>
    %6802 = stablehlo.sqrt %6801 : tensor<1024x3072xf32>
    %cst_1758 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6803 = stablehlo.broadcast_in_dim %cst_1758, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6804 = stablehlo.add %6802, %6803 : tensor<1024x3072xf32>
    %6805 = stablehlo.divide %5793, %6804 : tensor<1024x3072xf32>
    %cst_1759 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6806 = stablehlo.broadcast_in_dim %cst_1759, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6807 = stablehlo.add %6119, %6806 : tensor<1024xf32>
    %6808 = stablehlo.sqrt %6807 : tensor<1024xf32>
    %cst_1760 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6809 = stablehlo.broadcast_in_dim %cst_1760, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6810 = stablehlo.add %6808, %6809 : tensor<1024xf32>
    %6811 = stablehlo.divide %5795, %6810 : tensor<1024xf32>
    %cst_1761 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6812 = stablehlo.broadcast_in_dim %cst_1761, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6813 = stablehlo.add %6121, %6812 : tensor<1024x1024xf32>
    %6814 = stablehlo.sqrt %6813 : tensor<1024x1024xf32>
    %cst_1762 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6815 = stablehlo.broadcast_in_dim %cst_1762, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6816 = stablehlo.add %6814, %6815 : tensor<1024x1024xf32>
    %6817 = stablehlo.divide %5797, %6816 : tensor<1024x1024xf32>
    %cst_1763 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6818 = stablehlo.broadcast_in_dim %cst_1763, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6819 = stablehlo.add %6123, %6818 : tensor<1024xf32>
    %6820 = stablehlo.sqrt %6819 : tensor<1024xf32>
    %cst_1764 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6821 = stablehlo.broadcast_in_dim %cst_1764, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6822 = stablehlo.add %6820, %6821 : tensor<1024xf32>
    %6823 = stablehlo.divide %5799, %6822 : tensor<1024xf32>
    %cst_1765 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6824 = stablehlo.broadcast_in_dim %cst_1765, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6825 = stablehlo.add %6125, %6824 : tensor<1024xf32>
    %6826 = stablehlo.sqrt %6825 : tensor<1024xf32>
    %cst_1766 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6827 = stablehlo.broadcast_in_dim %cst_1766, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6828 = stablehlo.add %6826, %6827 : tensor<1024xf32>
    %6829 = stablehlo.divide %5801, %6828 : tensor<1024xf32>
    %cst_1767 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6830 = stablehlo.broadcast_in_dim %cst_1767, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6831 = stablehlo.add %6127, %6830 : tensor<4096xf32>
    %6832 = stablehlo.sqrt %6831 : tensor<4096xf32>
    %cst_1768 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6833 = stablehlo.broadcast_in_dim %cst_1768, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6834 = stablehlo.add %6832, %6833 : tensor<4096xf32>
    %6835 = stablehlo.divide %5803, %6834 : tensor<4096xf32>
    %cst_1769 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6836 = stablehlo.broadcast_in_dim %cst_1769, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6837 = stablehlo.add %6129, %6836 : tensor<1024x4096xf32>
    %6838 = stablehlo.sqrt %6837 : tensor<1024x4096xf32>
    %cst_1770 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6839 = stablehlo.broadcast_in_dim %cst_1770, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6840 = stablehlo.add %6838, %6839 : tensor<1024x4096xf32>
    %6841 = stablehlo.divide %5805, %6840 : tensor<1024x4096xf32>
    %cst_1771 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6842 = stablehlo.broadcast_in_dim %cst_1771, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6843 = stablehlo.add %6131, %6842 : tensor<1024xf32>
    %6844 = stablehlo.sqrt %6843 : tensor<1024xf32>
    %cst_1772 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6845 = stablehlo.broadcast_in_dim %cst_1772, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6846 = stablehlo.add %6844, %6845 : tensor<1024xf32>
    %6847 = stablehlo.divide %5807, %6846 : tensor<1024xf32>
    %cst_1773 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6848 = stablehlo.broadcast_in_dim %cst_1773, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6849 = stablehlo.add %6133, %6848 : tensor<4096x1024xf32>
    %6850 = stablehlo.sqrt %6849 : tensor<4096x1024xf32>
    %cst_1774 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6851 = stablehlo.broadcast_in_dim %cst_1774, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6852 = stablehlo.add %6850, %6851 : tensor<4096x1024xf32>
    %6853 = stablehlo.divide %5809, %6852 : tensor<4096x1024xf32>
    %cst_1775 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6854 = stablehlo.broadcast_in_dim %cst_1775, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6855 = stablehlo.add %6135, %6854 : tensor<1024xf32>
    %6856 = stablehlo.sqrt %6855 : tensor<1024xf32>
    %cst_1776 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6857 = stablehlo.broadcast_in_dim %cst_1776, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6858 = stablehlo.add %6856, %6857 : tensor<1024xf32>
    %6859 = stablehlo.divide %5811, %6858 : tensor<1024xf32>
    %cst_1777 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6860 = stablehlo.broadcast_in_dim %cst_1777, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6861 = stablehlo.add %6137, %6860 : tensor<1024xf32>
    %6862 = stablehlo.sqrt %6861 : tensor<1024xf32>
    %cst_1778 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6863 = stablehlo.broadcast_in_dim %cst_1778, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6864 = stablehlo.add %6862, %6863 : tensor<1024xf32>
    %6865 = stablehlo.divide %5813, %6864 : tensor<1024xf32>
    %cst_1779 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6866 = stablehlo.broadcast_in_dim %cst_1779, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6867 = stablehlo.add %6139, %6866 : tensor<1024xf32>
    %6868 = stablehlo.sqrt %6867 : tensor<1024xf32>
    %cst_1780 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6869 = stablehlo.broadcast_in_dim %cst_1780, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6870 = stablehlo.add %6868, %6869 : tensor<1024xf32>
    %6871 = stablehlo.divide %5815, %6870 : tensor<1024xf32>
    %cst_1781 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6872 = stablehlo.broadcast_in_dim %cst_1781, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6873 = stablehlo.add %6141, %6872 : tensor<1024xf32>
    %6874 = stablehlo.sqrt %6873 : tensor<1024xf32>
    %cst_1782 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6875 = stablehlo.broadcast_in_dim %cst_1782, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6876 = stablehlo.add %6874, %6875 : tensor<1024xf32>
    %6877 = stablehlo.divide %5817, %6876 : tensor<1024xf32>
    %cst_1783 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6878 = stablehlo.broadcast_in_dim %cst_1783, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6879 = stablehlo.add %6143, %6878 : tensor<1024x3072xf32>
    %6880 = stablehlo.sqrt %6879 : tensor<1024x3072xf32>
    %cst_1784 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6881 = stablehlo.broadcast_in_dim %cst_1784, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6882 = stablehlo.add %6880, %6881 : tensor<1024x3072xf32>
    %6883 = stablehlo.divide %5819, %6882 : tensor<1024x3072xf32>
    %cst_1785 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6884 = stablehlo.broadcast_in_dim %cst_1785, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6885 = stablehlo.add %6145, %6884 : tensor<1024xf32>
    %6886 = stablehlo.sqrt %6885 : tensor<1024xf32>
    %cst_1786 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6887 = stablehlo.broadcast_in_dim %cst_1786, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6888 = stablehlo.add %6886, %6887 : tensor<1024xf32>
    %6889 = stablehlo.divide %5821, %6888 : tensor<1024xf32>
    %cst_1787 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6890 = stablehlo.broadcast_in_dim %cst_1787, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6891 = stablehlo.add %6147, %6890 : tensor<1024x1024xf32>
    %6892 = stablehlo.sqrt %6891 : tensor<1024x1024xf32>
    %cst_1788 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6893 = stablehlo.broadcast_in_dim %cst_1788, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6894 = stablehlo.add %6892, %6893 : tensor<1024x1024xf32>
    %6895 = stablehlo.divide %5823, %6894 : tensor<1024x1024xf32>
    %cst_1789 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6896 = stablehlo.broadcast_in_dim %cst_1789, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6897 = stablehlo.add %6149, %6896 : tensor<1024xf32>
    %6898 = stablehlo.sqrt %6897 : tensor<1024xf32>
    %cst_1790 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6899 = stablehlo.broadcast_in_dim %cst_1790, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6900 = stablehlo.add %6898, %6899 : tensor<1024xf32>
    %6901 = stablehlo.divide %5825, %6900 : tensor<1024xf32>
    %cst_1791 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6902 = stablehlo.broadcast_in_dim %cst_1791, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6903 = stablehlo.add %6151, %6902 : tensor<1024xf32>
    %6904 = stablehlo.sqrt %6903 : tensor<1024xf32>
    %cst_1792 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6905 = stablehlo.broadcast_in_dim %cst_1792, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6906 = stablehlo.add %6904, %6905 : tensor<1024xf32>
    %6907 = stablehlo.divide %5827, %6906 : tensor<1024xf32>
    %cst_1793 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6908 = stablehlo.broadcast_in_dim %cst_1793, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6909 = stablehlo.add %6153, %6908 : tensor<4096xf32>
    %6910 = stablehlo.sqrt %6909 : tensor<4096xf32>
    %cst_1794 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6911 = stablehlo.broadcast_in_dim %cst_1794, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6912 = stablehlo.add %6910, %6911 : tensor<4096xf32>
    %6913 = stablehlo.divide %5829, %6912 : tensor<4096xf32>
    %cst_1795 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6914 = stablehlo.broadcast_in_dim %cst_1795, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6915 = stablehlo.add %6155, %6914 : tensor<1024x4096xf32>
    %6916 = stablehlo.sqrt %6915 : tensor<1024x4096xf32>
    %cst_1796 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6917 = stablehlo.broadcast_in_dim %cst_1796, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6918 = stablehlo.add %6916, %6917 : tensor<1024x4096xf32>
    %6919 = stablehlo.divide %5831, %6918 : tensor<1024x4096xf32>
    %cst_1797 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6920 = stablehlo.broadcast_in_dim %cst_1797, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6921 = stablehlo.add %6157, %6920 : tensor<1024xf32>
    %6922 = stablehlo.sqrt %6921 : tensor<1024xf32>
    %cst_1798 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6923 = stablehlo.broadcast_in_dim %cst_1798, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6924 = stablehlo.add %6922, %6923 : tensor<1024xf32>
    %6925 = stablehlo.divide %5833, %6924 : tensor<1024xf32>
    %cst_1799 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6926 = stablehlo.broadcast_in_dim %cst_1799, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6927 = stablehlo.add %6159, %6926 : tensor<4096x1024xf32>
    %6928 = stablehlo.sqrt %6927 : tensor<4096x1024xf32>
    %cst_1800 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6929 = stablehlo.broadcast_in_dim %cst_1800, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %6930 = stablehlo.add %6928, %6929 : tensor<4096x1024xf32>
    %6931 = stablehlo.divide %5835, %6930 : tensor<4096x1024xf32>
    %cst_1801 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6932 = stablehlo.broadcast_in_dim %cst_1801, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6933 = stablehlo.add %6161, %6932 : tensor<1024xf32>
    %6934 = stablehlo.sqrt %6933 : tensor<1024xf32>
    %cst_1802 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6935 = stablehlo.broadcast_in_dim %cst_1802, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6936 = stablehlo.add %6934, %6935 : tensor<1024xf32>
    %6937 = stablehlo.divide %5837, %6936 : tensor<1024xf32>
    %cst_1803 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6938 = stablehlo.broadcast_in_dim %cst_1803, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6939 = stablehlo.add %6163, %6938 : tensor<1024xf32>
    %6940 = stablehlo.sqrt %6939 : tensor<1024xf32>
    %cst_1804 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6941 = stablehlo.broadcast_in_dim %cst_1804, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6942 = stablehlo.add %6940, %6941 : tensor<1024xf32>
    %6943 = stablehlo.divide %5839, %6942 : tensor<1024xf32>
    %cst_1805 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6944 = stablehlo.broadcast_in_dim %cst_1805, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6945 = stablehlo.add %6165, %6944 : tensor<1024xf32>
    %6946 = stablehlo.sqrt %6945 : tensor<1024xf32>
    %cst_1806 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6947 = stablehlo.broadcast_in_dim %cst_1806, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6948 = stablehlo.add %6946, %6947 : tensor<1024xf32>
    %6949 = stablehlo.divide %5841, %6948 : tensor<1024xf32>
    %cst_1807 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6950 = stablehlo.broadcast_in_dim %cst_1807, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6951 = stablehlo.add %6167, %6950 : tensor<1024xf32>
    %6952 = stablehlo.sqrt %6951 : tensor<1024xf32>
    %cst_1808 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6953 = stablehlo.broadcast_in_dim %cst_1808, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6954 = stablehlo.add %6952, %6953 : tensor<1024xf32>
    %6955 = stablehlo.divide %5843, %6954 : tensor<1024xf32>
    %cst_1809 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6956 = stablehlo.broadcast_in_dim %cst_1809, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6957 = stablehlo.add %6169, %6956 : tensor<1024x3072xf32>
    %6958 = stablehlo.sqrt %6957 : tensor<1024x3072xf32>
    %cst_1810 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6959 = stablehlo.broadcast_in_dim %cst_1810, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %6960 = stablehlo.add %6958, %6959 : tensor<1024x3072xf32>
    %6961 = stablehlo.divide %5845, %6960 : tensor<1024x3072xf32>
    %cst_1811 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6962 = stablehlo.broadcast_in_dim %cst_1811, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6963 = stablehlo.add %6171, %6962 : tensor<1024xf32>
    %6964 = stablehlo.sqrt %6963 : tensor<1024xf32>
    %cst_1812 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6965 = stablehlo.broadcast_in_dim %cst_1812, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6966 = stablehlo.add %6964, %6965 : tensor<1024xf32>
    %6967 = stablehlo.divide %5847, %6966 : tensor<1024xf32>
    %cst_1813 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6968 = stablehlo.broadcast_in_dim %cst_1813, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6969 = stablehlo.add %6173, %6968 : tensor<1024x1024xf32>
    %6970 = stablehlo.sqrt %6969 : tensor<1024x1024xf32>
    %cst_1814 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6971 = stablehlo.broadcast_in_dim %cst_1814, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %6972 = stablehlo.add %6970, %6971 : tensor<1024x1024xf32>
    %6973 = stablehlo.divide %5849, %6972 : tensor<1024x1024xf32>
    %cst_1815 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6974 = stablehlo.broadcast_in_dim %cst_1815, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6975 = stablehlo.add %6175, %6974 : tensor<1024xf32>
    %6976 = stablehlo.sqrt %6975 : tensor<1024xf32>
    %cst_1816 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6977 = stablehlo.broadcast_in_dim %cst_1816, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6978 = stablehlo.add %6976, %6977 : tensor<1024xf32>
    %6979 = stablehlo.divide %5851, %6978 : tensor<1024xf32>
    %cst_1817 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6980 = stablehlo.broadcast_in_dim %cst_1817, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6981 = stablehlo.add %6177, %6980 : tensor<1024xf32>
    %6982 = stablehlo.sqrt %6981 : tensor<1024xf32>
    %cst_1818 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6983 = stablehlo.broadcast_in_dim %cst_1818, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6984 = stablehlo.add %6982, %6983 : tensor<1024xf32>
    %6985 = stablehlo.divide %5853, %6984 : tensor<1024xf32>
    %cst_1819 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6986 = stablehlo.broadcast_in_dim %cst_1819, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6987 = stablehlo.add %6179, %6986 : tensor<4096xf32>
    %6988 = stablehlo.sqrt %6987 : tensor<4096xf32>
    %cst_1820 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6989 = stablehlo.broadcast_in_dim %cst_1820, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %6990 = stablehlo.add %6988, %6989 : tensor<4096xf32>
    %6991 = stablehlo.divide %5855, %6990 : tensor<4096xf32>
    %cst_1821 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6992 = stablehlo.broadcast_in_dim %cst_1821, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6993 = stablehlo.add %6181, %6992 : tensor<1024x4096xf32>
    %6994 = stablehlo.sqrt %6993 : tensor<1024x4096xf32>
    %cst_1822 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %6995 = stablehlo.broadcast_in_dim %cst_1822, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %6996 = stablehlo.add %6994, %6995 : tensor<1024x4096xf32>
    %6997 = stablehlo.divide %5857, %6996 : tensor<1024x4096xf32>
    %cst_1823 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6998 = stablehlo.broadcast_in_dim %cst_1823, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %6999 = stablehlo.add %6183, %6998 : tensor<1024xf32>
    %7000 = stablehlo.sqrt %6999 : tensor<1024xf32>
    %cst_1824 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7001 = stablehlo.broadcast_in_dim %cst_1824, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7002 = stablehlo.add %7000, %7001 : tensor<1024xf32>
    %7003 = stablehlo.divide %5859, %7002 : tensor<1024xf32>
    %cst_1825 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7004 = stablehlo.broadcast_in_dim %cst_1825, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7005 = stablehlo.add %6185, %7004 : tensor<4096x1024xf32>
    %7006 = stablehlo.sqrt %7005 : tensor<4096x1024xf32>
    %cst_1826 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7007 = stablehlo.broadcast_in_dim %cst_1826, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7008 = stablehlo.add %7006, %7007 : tensor<4096x1024xf32>
    %7009 = stablehlo.divide %5861, %7008 : tensor<4096x1024xf32>
    %cst_1827 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7010 = stablehlo.broadcast_in_dim %cst_1827, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7011 = stablehlo.add %6187, %7010 : tensor<1024xf32>
    %7012 = stablehlo.sqrt %7011 : tensor<1024xf32>
    %cst_1828 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7013 = stablehlo.broadcast_in_dim %cst_1828, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7014 = stablehlo.add %7012, %7013 : tensor<1024xf32>
    %7015 = stablehlo.divide %5863, %7014 : tensor<1024xf32>
    %cst_1829 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7016 = stablehlo.broadcast_in_dim %cst_1829, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7017 = stablehlo.add %6189, %7016 : tensor<1024xf32>
    %7018 = stablehlo.sqrt %7017 : tensor<1024xf32>
    %cst_1830 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7019 = stablehlo.broadcast_in_dim %cst_1830, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7020 = stablehlo.add %7018, %7019 : tensor<1024xf32>
    %7021 = stablehlo.divide %5865, %7020 : tensor<1024xf32>
    %cst_1831 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7022 = stablehlo.broadcast_in_dim %cst_1831, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7023 = stablehlo.add %6191, %7022 : tensor<1024xf32>
    %7024 = stablehlo.sqrt %7023 : tensor<1024xf32>
    %cst_1832 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7025 = stablehlo.broadcast_in_dim %cst_1832, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7026 = stablehlo.add %7024, %7025 : tensor<1024xf32>
    %7027 = stablehlo.divide %5867, %7026 : tensor<1024xf32>
    %cst_1833 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7028 = stablehlo.broadcast_in_dim %cst_1833, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7029 = stablehlo.add %6193, %7028 : tensor<1024xf32>
    %7030 = stablehlo.sqrt %7029 : tensor<1024xf32>
    %cst_1834 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7031 = stablehlo.broadcast_in_dim %cst_1834, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7032 = stablehlo.add %7030, %7031 : tensor<1024xf32>
    %7033 = stablehlo.divide %5869, %7032 : tensor<1024xf32>
    %cst_1835 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7034 = stablehlo.broadcast_in_dim %cst_1835, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7035 = stablehlo.add %6195, %7034 : tensor<1024x3072xf32>
    %7036 = stablehlo.sqrt %7035 : tensor<1024x3072xf32>
    %cst_1836 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7037 = stablehlo.broadcast_in_dim %cst_1836, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7038 = stablehlo.add %7036, %7037 : tensor<1024x3072xf32>
    %7039 = stablehlo.divide %5871, %7038 : tensor<1024x3072xf32>
    %cst_1837 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7040 = stablehlo.broadcast_in_dim %cst_1837, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7041 = stablehlo.add %6197, %7040 : tensor<1024xf32>
    %7042 = stablehlo.sqrt %7041 : tensor<1024xf32>
    %cst_1838 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7043 = stablehlo.broadcast_in_dim %cst_1838, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7044 = stablehlo.add %7042, %7043 : tensor<1024xf32>
    %7045 = stablehlo.divide %5873, %7044 : tensor<1024xf32>
    %cst_1839 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7046 = stablehlo.broadcast_in_dim %cst_1839, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7047 = stablehlo.add %6199, %7046 : tensor<1024x1024xf32>
    %7048 = stablehlo.sqrt %7047 : tensor<1024x1024xf32>
    %cst_1840 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7049 = stablehlo.broadcast_in_dim %cst_1840, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7050 = stablehlo.add %7048, %7049 : tensor<1024x1024xf32>
    %7051 = stablehlo.divide %5875, %7050 : tensor<1024x1024xf32>
    %cst_1841 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7052 = stablehlo.broadcast_in_dim %cst_1841, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7053 = stablehlo.add %6201, %7052 : tensor<1024xf32>
    %7054 = stablehlo.sqrt %7053 : tensor<1024xf32>
    %cst_1842 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7055 = stablehlo.broadcast_in_dim %cst_1842, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7056 = stablehlo.add %7054, %7055 : tensor<1024xf32>
    %7057 = stablehlo.divide %5877, %7056 : tensor<1024xf32>
    %cst_1843 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7058 = stablehlo.broadcast_in_dim %cst_1843, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7059 = stablehlo.add %6203, %7058 : tensor<1024xf32>
    %7060 = stablehlo.sqrt %7059 : tensor<1024xf32>
    %cst_1844 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7061 = stablehlo.broadcast_in_dim %cst_1844, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7062 = stablehlo.add %7060, %7061 : tensor<1024xf32>
    %7063 = stablehlo.divide %5879, %7062 : tensor<1024xf32>
    %cst_1845 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7064 = stablehlo.broadcast_in_dim %cst_1845, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7065 = stablehlo.add %6205, %7064 : tensor<4096xf32>
    %7066 = stablehlo.sqrt %7065 : tensor<4096xf32>
    %cst_1846 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7067 = stablehlo.broadcast_in_dim %cst_1846, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7068 = stablehlo.add %7066, %7067 : tensor<4096xf32>
    %7069 = stablehlo.divide %5881, %7068 : tensor<4096xf32>
    %cst_1847 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7070 = stablehlo.broadcast_in_dim %cst_1847, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7071 = stablehlo.add %6207, %7070 : tensor<1024x4096xf32>
    %7072 = stablehlo.sqrt %7071 : tensor<1024x4096xf32>
    %cst_1848 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7073 = stablehlo.broadcast_in_dim %cst_1848, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7074 = stablehlo.add %7072, %7073 : tensor<1024x4096xf32>
    %7075 = stablehlo.divide %5883, %7074 : tensor<1024x4096xf32>
    %cst_1849 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7076 = stablehlo.broadcast_in_dim %cst_1849, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7077 = stablehlo.add %6209, %7076 : tensor<1024xf32>
    %7078 = stablehlo.sqrt %7077 : tensor<1024xf32>
    %cst_1850 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7079 = stablehlo.broadcast_in_dim %cst_1850, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7080 = stablehlo.add %7078, %7079 : tensor<1024xf32>
    %7081 = stablehlo.divide %5885, %7080 : tensor<1024xf32>
    %cst_1851 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7082 = stablehlo.broadcast_in_dim %cst_1851, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7083 = stablehlo.add %6211, %7082 : tensor<4096x1024xf32>
    %7084 = stablehlo.sqrt %7083 : tensor<4096x1024xf32>
    %cst_1852 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7085 = stablehlo.broadcast_in_dim %cst_1852, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7086 = stablehlo.add %7084, %7085 : tensor<4096x1024xf32>
    %7087 = stablehlo.divide %5887, %7086 : tensor<4096x1024xf32>
    %cst_1853 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7088 = stablehlo.broadcast_in_dim %cst_1853, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7089 = stablehlo.add %6213, %7088 : tensor<1024xf32>
    %7090 = stablehlo.sqrt %7089 : tensor<1024xf32>
    %cst_1854 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7091 = stablehlo.broadcast_in_dim %cst_1854, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7092 = stablehlo.add %7090, %7091 : tensor<1024xf32>
    %7093 = stablehlo.divide %5889, %7092 : tensor<1024xf32>
    %cst_1855 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7094 = stablehlo.broadcast_in_dim %cst_1855, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7095 = stablehlo.add %6215, %7094 : tensor<1024xf32>
    %7096 = stablehlo.sqrt %7095 : tensor<1024xf32>
    %cst_1856 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7097 = stablehlo.broadcast_in_dim %cst_1856, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7098 = stablehlo.add %7096, %7097 : tensor<1024xf32>
    %7099 = stablehlo.divide %5891, %7098 : tensor<1024xf32>
    %cst_1857 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7100 = stablehlo.broadcast_in_dim %cst_1857, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7101 = stablehlo.add %6217, %7100 : tensor<1024xf32>
    %7102 = stablehlo.sqrt %7101 : tensor<1024xf32>
    %cst_1858 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7103 = stablehlo.broadcast_in_dim %cst_1858, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7104 = stablehlo.add %7102, %7103 : tensor<1024xf32>
    %7105 = stablehlo.divide %5893, %7104 : tensor<1024xf32>
    %cst_1859 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7106 = stablehlo.broadcast_in_dim %cst_1859, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7107 = stablehlo.add %6219, %7106 : tensor<1024xf32>
    %7108 = stablehlo.sqrt %7107 : tensor<1024xf32>
    %cst_1860 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7109 = stablehlo.broadcast_in_dim %cst_1860, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7110 = stablehlo.add %7108, %7109 : tensor<1024xf32>
    %7111 = stablehlo.divide %5895, %7110 : tensor<1024xf32>
    %cst_1861 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7112 = stablehlo.broadcast_in_dim %cst_1861, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7113 = stablehlo.add %6221, %7112 : tensor<1024x3072xf32>
    %7114 = stablehlo.sqrt %7113 : tensor<1024x3072xf32>
    %cst_1862 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7115 = stablehlo.broadcast_in_dim %cst_1862, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7116 = stablehlo.add %7114, %7115 : tensor<1024x3072xf32>
    %7117 = stablehlo.divide %5897, %7116 : tensor<1024x3072xf32>
    %cst_1863 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7118 = stablehlo.broadcast_in_dim %cst_1863, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7119 = stablehlo.add %6223, %7118 : tensor<1024xf32>
    %7120 = stablehlo.sqrt %7119 : tensor<1024xf32>
    %cst_1864 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7121 = stablehlo.broadcast_in_dim %cst_1864, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7122 = stablehlo.add %7120, %7121 : tensor<1024xf32>
    %7123 = stablehlo.divide %5899, %7122 : tensor<1024xf32>
    %cst_1865 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7124 = stablehlo.broadcast_in_dim %cst_1865, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7125 = stablehlo.add %6225, %7124 : tensor<1024x1024xf32>
    %7126 = stablehlo.sqrt %7125 : tensor<1024x1024xf32>
    %cst_1866 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7127 = stablehlo.broadcast_in_dim %cst_1866, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7128 = stablehlo.add %7126, %7127 : tensor<1024x1024xf32>
    %7129 = stablehlo.divide %5901, %7128 : tensor<1024x1024xf32>
    %cst_1867 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7130 = stablehlo.broadcast_in_dim %cst_1867, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7131 = stablehlo.add %6227, %7130 : tensor<1024xf32>
    %7132 = stablehlo.sqrt %7131 : tensor<1024xf32>
    %cst_1868 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7133 = stablehlo.broadcast_in_dim %cst_1868, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7134 = stablehlo.add %7132, %7133 : tensor<1024xf32>
    %7135 = stablehlo.divide %5903, %7134 : tensor<1024xf32>
    %cst_1869 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7136 = stablehlo.broadcast_in_dim %cst_1869, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7137 = stablehlo.add %6229, %7136 : tensor<1024xf32>
    %7138 = stablehlo.sqrt %7137 : tensor<1024xf32>
    %cst_1870 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7139 = stablehlo.broadcast_in_dim %cst_1870, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7140 = stablehlo.add %7138, %7139 : tensor<1024xf32>
    %7141 = stablehlo.divide %5905, %7140 : tensor<1024xf32>
    %cst_1871 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7142 = stablehlo.broadcast_in_dim %cst_1871, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7143 = stablehlo.add %6231, %7142 : tensor<4096xf32>
    %7144 = stablehlo.sqrt %7143 : tensor<4096xf32>
    %cst_1872 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7145 = stablehlo.broadcast_in_dim %cst_1872, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7146 = stablehlo.add %7144, %7145 : tensor<4096xf32>
    %7147 = stablehlo.divide %5907, %7146 : tensor<4096xf32>
    %cst_1873 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7148 = stablehlo.broadcast_in_dim %cst_1873, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7149 = stablehlo.add %6233, %7148 : tensor<1024x4096xf32>
    %7150 = stablehlo.sqrt %7149 : tensor<1024x4096xf32>
    %cst_1874 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7151 = stablehlo.broadcast_in_dim %cst_1874, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7152 = stablehlo.add %7150, %7151 : tensor<1024x4096xf32>
    %7153 = stablehlo.divide %5909, %7152 : tensor<1024x4096xf32>
    %cst_1875 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7154 = stablehlo.broadcast_in_dim %cst_1875, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7155 = stablehlo.add %6235, %7154 : tensor<1024xf32>
    %7156 = stablehlo.sqrt %7155 : tensor<1024xf32>
    %cst_1876 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7157 = stablehlo.broadcast_in_dim %cst_1876, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7158 = stablehlo.add %7156, %7157 : tensor<1024xf32>
    %7159 = stablehlo.divide %5911, %7158 : tensor<1024xf32>
    %cst_1877 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7160 = stablehlo.broadcast_in_dim %cst_1877, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7161 = stablehlo.add %6237, %7160 : tensor<4096x1024xf32>
    %7162 = stablehlo.sqrt %7161 : tensor<4096x1024xf32>
    %cst_1878 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7163 = stablehlo.broadcast_in_dim %cst_1878, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7164 = stablehlo.add %7162, %7163 : tensor<4096x1024xf32>
    %7165 = stablehlo.divide %5913, %7164 : tensor<4096x1024xf32>
    %cst_1879 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7166 = stablehlo.broadcast_in_dim %cst_1879, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7167 = stablehlo.add %6239, %7166 : tensor<1024xf32>
    %7168 = stablehlo.sqrt %7167 : tensor<1024xf32>
    %cst_1880 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7169 = stablehlo.broadcast_in_dim %cst_1880, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7170 = stablehlo.add %7168, %7169 : tensor<1024xf32>
    %7171 = stablehlo.divide %5915, %7170 : tensor<1024xf32>
    %cst_1881 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7172 = stablehlo.broadcast_in_dim %cst_1881, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7173 = stablehlo.add %6241, %7172 : tensor<1024xf32>
    %7174 = stablehlo.sqrt %7173 : tensor<1024xf32>
    %cst_1882 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7175 = stablehlo.broadcast_in_dim %cst_1882, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7176 = stablehlo.add %7174, %7175 : tensor<1024xf32>
    %7177 = stablehlo.divide %5917, %7176 : tensor<1024xf32>
    %cst_1883 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7178 = stablehlo.broadcast_in_dim %cst_1883, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7179 = stablehlo.add %6243, %7178 : tensor<1024xf32>
    %7180 = stablehlo.sqrt %7179 : tensor<1024xf32>
    %cst_1884 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7181 = stablehlo.broadcast_in_dim %cst_1884, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7182 = stablehlo.add %7180, %7181 : tensor<1024xf32>
    %7183 = stablehlo.divide %5919, %7182 : tensor<1024xf32>
    %cst_1885 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7184 = stablehlo.broadcast_in_dim %cst_1885, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7185 = stablehlo.add %6245, %7184 : tensor<1024xf32>
    %7186 = stablehlo.sqrt %7185 : tensor<1024xf32>
    %cst_1886 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7187 = stablehlo.broadcast_in_dim %cst_1886, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7188 = stablehlo.add %7186, %7187 : tensor<1024xf32>
    %7189 = stablehlo.divide %5921, %7188 : tensor<1024xf32>
    %cst_1887 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7190 = stablehlo.broadcast_in_dim %cst_1887, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7191 = stablehlo.add %6247, %7190 : tensor<1024xf32>
    %7192 = stablehlo.sqrt %7191 : tensor<1024xf32>
    %cst_1888 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7193 = stablehlo.broadcast_in_dim %cst_1888, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7194 = stablehlo.add %7192, %7193 : tensor<1024xf32>
    %7195 = stablehlo.divide %5923, %7194 : tensor<1024xf32>
    %cst_1889 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7196 = stablehlo.broadcast_in_dim %cst_1889, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7197 = stablehlo.add %6249, %7196 : tensor<1024xf32>
    %7198 = stablehlo.sqrt %7197 : tensor<1024xf32>
    %cst_1890 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7199 = stablehlo.broadcast_in_dim %cst_1890, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7200 = stablehlo.add %7198, %7199 : tensor<1024xf32>
    %7201 = stablehlo.divide %5925, %7200 : tensor<1024xf32>
    %cst_1891 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7202 = stablehlo.broadcast_in_dim %cst_1891, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7203 = stablehlo.add %6251, %7202 : tensor<1024x1024xf32>
    %7204 = stablehlo.sqrt %7203 : tensor<1024x1024xf32>
    %cst_1892 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7205 = stablehlo.broadcast_in_dim %cst_1892, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7206 = stablehlo.add %7204, %7205 : tensor<1024x1024xf32>
    %7207 = stablehlo.divide %5927, %7206 : tensor<1024x1024xf32>
    %cst_1893 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7208 = stablehlo.broadcast_in_dim %cst_1893, dims = [] : (tensor<f32>) -> tensor<51200x1024xf32>
    %7209 = stablehlo.add %6253, %7208 : tensor<51200x1024xf32>
    %7210 = stablehlo.sqrt %7209 : tensor<51200x1024xf32>
    %cst_1894 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %7211 = stablehlo.broadcast_in_dim %cst_1894, dims = [] : (tensor<f32>) -> tensor<51200x1024xf32>
    %7212 = stablehlo.add %7210, %7211 : tensor<51200x1024xf32>
    %7213 = stablehlo.divide %5929, %7212 : tensor<51200x1024xf32>
    %cst_1895 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7214 = stablehlo.broadcast_in_dim %cst_1895, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7215 = stablehlo.multiply %7214, %6259 : tensor<1024x3072xf32>
    %cst_1896 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7216 = stablehlo.broadcast_in_dim %cst_1896, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7217 = stablehlo.multiply %7216, %6265 : tensor<1024xf32>
    %cst_1897 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7218 = stablehlo.broadcast_in_dim %cst_1897, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7219 = stablehlo.multiply %7218, %6271 : tensor<1024x1024xf32>
    %cst_1898 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7220 = stablehlo.broadcast_in_dim %cst_1898, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7221 = stablehlo.multiply %7220, %6277 : tensor<1024xf32>
    %cst_1899 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7222 = stablehlo.broadcast_in_dim %cst_1899, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7223 = stablehlo.multiply %7222, %6283 : tensor<1024xf32>
    %cst_1900 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7224 = stablehlo.broadcast_in_dim %cst_1900, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7225 = stablehlo.multiply %7224, %6289 : tensor<4096xf32>
    %cst_1901 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7226 = stablehlo.broadcast_in_dim %cst_1901, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7227 = stablehlo.multiply %7226, %6295 : tensor<1024x4096xf32>
    %cst_1902 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7228 = stablehlo.broadcast_in_dim %cst_1902, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7229 = stablehlo.multiply %7228, %6301 : tensor<1024xf32>
    %cst_1903 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7230 = stablehlo.broadcast_in_dim %cst_1903, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7231 = stablehlo.multiply %7230, %6307 : tensor<4096x1024xf32>
    %cst_1904 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7232 = stablehlo.broadcast_in_dim %cst_1904, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7233 = stablehlo.multiply %7232, %6313 : tensor<1024xf32>
    %cst_1905 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7234 = stablehlo.broadcast_in_dim %cst_1905, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7235 = stablehlo.multiply %7234, %6319 : tensor<1024xf32>
    %cst_1906 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7236 = stablehlo.broadcast_in_dim %cst_1906, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7237 = stablehlo.multiply %7236, %6325 : tensor<1024xf32>
    %cst_1907 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7238 = stablehlo.broadcast_in_dim %cst_1907, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7239 = stablehlo.multiply %7238, %6331 : tensor<1024xf32>
    %cst_1908 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7240 = stablehlo.broadcast_in_dim %cst_1908, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7241 = stablehlo.multiply %7240, %6337 : tensor<1024x3072xf32>
    %cst_1909 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7242 = stablehlo.broadcast_in_dim %cst_1909, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7243 = stablehlo.multiply %7242, %6343 : tensor<1024xf32>
    %cst_1910 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7244 = stablehlo.broadcast_in_dim %cst_1910, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7245 = stablehlo.multiply %7244, %6349 : tensor<1024x1024xf32>
    %cst_1911 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7246 = stablehlo.broadcast_in_dim %cst_1911, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7247 = stablehlo.multiply %7246, %6355 : tensor<1024xf32>
    %cst_1912 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7248 = stablehlo.broadcast_in_dim %cst_1912, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7249 = stablehlo.multiply %7248, %6361 : tensor<1024xf32>
    %cst_1913 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7250 = stablehlo.broadcast_in_dim %cst_1913, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7251 = stablehlo.multiply %7250, %6367 : tensor<4096xf32>
    %cst_1914 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7252 = stablehlo.broadcast_in_dim %cst_1914, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7253 = stablehlo.multiply %7252, %6373 : tensor<1024x4096xf32>
    %cst_1915 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7254 = stablehlo.broadcast_in_dim %cst_1915, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7255 = stablehlo.multiply %7254, %6379 : tensor<1024xf32>
    %cst_1916 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7256 = stablehlo.broadcast_in_dim %cst_1916, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7257 = stablehlo.multiply %7256, %6385 : tensor<4096x1024xf32>
    %cst_1917 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7258 = stablehlo.broadcast_in_dim %cst_1917, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7259 = stablehlo.multiply %7258, %6391 : tensor<1024xf32>
    %cst_1918 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7260 = stablehlo.broadcast_in_dim %cst_1918, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7261 = stablehlo.multiply %7260, %6397 : tensor<1024xf32>
    %cst_1919 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7262 = stablehlo.broadcast_in_dim %cst_1919, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7263 = stablehlo.multiply %7262, %6403 : tensor<1024xf32>
    %cst_1920 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7264 = stablehlo.broadcast_in_dim %cst_1920, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7265 = stablehlo.multiply %7264, %6409 : tensor<1024xf32>
    %cst_1921 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7266 = stablehlo.broadcast_in_dim %cst_1921, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7267 = stablehlo.multiply %7266, %6415 : tensor<1024x3072xf32>
    %cst_1922 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7268 = stablehlo.broadcast_in_dim %cst_1922, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7269 = stablehlo.multiply %7268, %6421 : tensor<1024xf32>
    %cst_1923 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7270 = stablehlo.broadcast_in_dim %cst_1923, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7271 = stablehlo.multiply %7270, %6427 : tensor<1024x1024xf32>
    %cst_1924 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7272 = stablehlo.broadcast_in_dim %cst_1924, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7273 = stablehlo.multiply %7272, %6433 : tensor<1024xf32>
    %cst_1925 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7274 = stablehlo.broadcast_in_dim %cst_1925, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7275 = stablehlo.multiply %7274, %6439 : tensor<1024xf32>
    %cst_1926 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7276 = stablehlo.broadcast_in_dim %cst_1926, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7277 = stablehlo.multiply %7276, %6445 : tensor<4096xf32>
    %cst_1927 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7278 = stablehlo.broadcast_in_dim %cst_1927, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7279 = stablehlo.multiply %7278, %6451 : tensor<1024x4096xf32>
    %cst_1928 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7280 = stablehlo.broadcast_in_dim %cst_1928, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7281 = stablehlo.multiply %7280, %6457 : tensor<1024xf32>
    %cst_1929 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7282 = stablehlo.broadcast_in_dim %cst_1929, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7283 = stablehlo.multiply %7282, %6463 : tensor<4096x1024xf32>
    %cst_1930 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7284 = stablehlo.broadcast_in_dim %cst_1930, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7285 = stablehlo.multiply %7284, %6469 : tensor<1024xf32>
    %cst_1931 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7286 = stablehlo.broadcast_in_dim %cst_1931, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7287 = stablehlo.multiply %7286, %6475 : tensor<1024xf32>
    %cst_1932 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7288 = stablehlo.broadcast_in_dim %cst_1932, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7289 = stablehlo.multiply %7288, %6481 : tensor<1024xf32>
    %cst_1933 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7290 = stablehlo.broadcast_in_dim %cst_1933, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7291 = stablehlo.multiply %7290, %6487 : tensor<1024xf32>
    %cst_1934 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7292 = stablehlo.broadcast_in_dim %cst_1934, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7293 = stablehlo.multiply %7292, %6493 : tensor<1024x3072xf32>
    %cst_1935 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7294 = stablehlo.broadcast_in_dim %cst_1935, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7295 = stablehlo.multiply %7294, %6499 : tensor<1024xf32>
    %cst_1936 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7296 = stablehlo.broadcast_in_dim %cst_1936, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7297 = stablehlo.multiply %7296, %6505 : tensor<1024x1024xf32>
    %cst_1937 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7298 = stablehlo.broadcast_in_dim %cst_1937, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7299 = stablehlo.multiply %7298, %6511 : tensor<1024xf32>
    %cst_1938 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7300 = stablehlo.broadcast_in_dim %cst_1938, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7301 = stablehlo.multiply %7300, %6517 : tensor<1024xf32>
    %cst_1939 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7302 = stablehlo.broadcast_in_dim %cst_1939, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7303 = stablehlo.multiply %7302, %6523 : tensor<4096xf32>
    %cst_1940 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7304 = stablehlo.broadcast_in_dim %cst_1940, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7305 = stablehlo.multiply %7304, %6529 : tensor<1024x4096xf32>
    %cst_1941 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7306 = stablehlo.broadcast_in_dim %cst_1941, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7307 = stablehlo.multiply %7306, %6535 : tensor<1024xf32>
    %cst_1942 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7308 = stablehlo.broadcast_in_dim %cst_1942, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7309 = stablehlo.multiply %7308, %6541 : tensor<4096x1024xf32>
    %cst_1943 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7310 = stablehlo.broadcast_in_dim %cst_1943, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7311 = stablehlo.multiply %7310, %6547 : tensor<1024xf32>
    %cst_1944 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7312 = stablehlo.broadcast_in_dim %cst_1944, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7313 = stablehlo.multiply %7312, %6553 : tensor<1024xf32>
    %cst_1945 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7314 = stablehlo.broadcast_in_dim %cst_1945, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7315 = stablehlo.multiply %7314, %6559 : tensor<1024xf32>
    %cst_1946 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7316 = stablehlo.broadcast_in_dim %cst_1946, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7317 = stablehlo.multiply %7316, %6565 : tensor<1024xf32>
    %cst_1947 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7318 = stablehlo.broadcast_in_dim %cst_1947, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7319 = stablehlo.multiply %7318, %6571 : tensor<1024x3072xf32>
    %cst_1948 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7320 = stablehlo.broadcast_in_dim %cst_1948, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7321 = stablehlo.multiply %7320, %6577 : tensor<1024xf32>
    %cst_1949 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7322 = stablehlo.broadcast_in_dim %cst_1949, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7323 = stablehlo.multiply %7322, %6583 : tensor<1024x1024xf32>
    %cst_1950 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7324 = stablehlo.broadcast_in_dim %cst_1950, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7325 = stablehlo.multiply %7324, %6589 : tensor<1024xf32>
    %cst_1951 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7326 = stablehlo.broadcast_in_dim %cst_1951, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7327 = stablehlo.multiply %7326, %6595 : tensor<1024xf32>
    %cst_1952 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7328 = stablehlo.broadcast_in_dim %cst_1952, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7329 = stablehlo.multiply %7328, %6601 : tensor<4096xf32>
    %cst_1953 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7330 = stablehlo.broadcast_in_dim %cst_1953, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7331 = stablehlo.multiply %7330, %6607 : tensor<1024x4096xf32>
    %cst_1954 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7332 = stablehlo.broadcast_in_dim %cst_1954, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7333 = stablehlo.multiply %7332, %6613 : tensor<1024xf32>
    %cst_1955 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7334 = stablehlo.broadcast_in_dim %cst_1955, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7335 = stablehlo.multiply %7334, %6619 : tensor<4096x1024xf32>
    %cst_1956 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7336 = stablehlo.broadcast_in_dim %cst_1956, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7337 = stablehlo.multiply %7336, %6625 : tensor<1024xf32>
    %cst_1957 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7338 = stablehlo.broadcast_in_dim %cst_1957, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7339 = stablehlo.multiply %7338, %6631 : tensor<1024xf32>
    %cst_1958 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7340 = stablehlo.broadcast_in_dim %cst_1958, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7341 = stablehlo.multiply %7340, %6637 : tensor<1024xf32>
    %cst_1959 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7342 = stablehlo.broadcast_in_dim %cst_1959, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7343 = stablehlo.multiply %7342, %6643 : tensor<1024xf32>
    %cst_1960 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7344 = stablehlo.broadcast_in_dim %cst_1960, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7345 = stablehlo.multiply %7344, %6649 : tensor<1024x3072xf32>
    %cst_1961 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7346 = stablehlo.broadcast_in_dim %cst_1961, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7347 = stablehlo.multiply %7346, %6655 : tensor<1024xf32>
    %cst_1962 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7348 = stablehlo.broadcast_in_dim %cst_1962, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7349 = stablehlo.multiply %7348, %6661 : tensor<1024x1024xf32>
    %cst_1963 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7350 = stablehlo.broadcast_in_dim %cst_1963, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7351 = stablehlo.multiply %7350, %6667 : tensor<1024xf32>
    %cst_1964 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7352 = stablehlo.broadcast_in_dim %cst_1964, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7353 = stablehlo.multiply %7352, %6673 : tensor<1024xf32>
    %cst_1965 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7354 = stablehlo.broadcast_in_dim %cst_1965, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7355 = stablehlo.multiply %7354, %6679 : tensor<4096xf32>
    %cst_1966 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7356 = stablehlo.broadcast_in_dim %cst_1966, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7357 = stablehlo.multiply %7356, %6685 : tensor<1024x4096xf32>
    %cst_1967 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7358 = stablehlo.broadcast_in_dim %cst_1967, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7359 = stablehlo.multiply %7358, %6691 : tensor<1024xf32>
    %cst_1968 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7360 = stablehlo.broadcast_in_dim %cst_1968, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7361 = stablehlo.multiply %7360, %6697 : tensor<4096x1024xf32>
    %cst_1969 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7362 = stablehlo.broadcast_in_dim %cst_1969, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7363 = stablehlo.multiply %7362, %6703 : tensor<1024xf32>
    %cst_1970 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7364 = stablehlo.broadcast_in_dim %cst_1970, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7365 = stablehlo.multiply %7364, %6709 : tensor<1024xf32>
    %cst_1971 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7366 = stablehlo.broadcast_in_dim %cst_1971, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7367 = stablehlo.multiply %7366, %6715 : tensor<1024xf32>
    %cst_1972 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7368 = stablehlo.broadcast_in_dim %cst_1972, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7369 = stablehlo.multiply %7368, %6721 : tensor<1024xf32>
    %cst_1973 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7370 = stablehlo.broadcast_in_dim %cst_1973, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7371 = stablehlo.multiply %7370, %6727 : tensor<1024x3072xf32>
    %cst_1974 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7372 = stablehlo.broadcast_in_dim %cst_1974, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7373 = stablehlo.multiply %7372, %6733 : tensor<1024xf32>
    %cst_1975 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7374 = stablehlo.broadcast_in_dim %cst_1975, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7375 = stablehlo.multiply %7374, %6739 : tensor<1024x1024xf32>
    %cst_1976 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7376 = stablehlo.broadcast_in_dim %cst_1976, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7377 = stablehlo.multiply %7376, %6745 : tensor<1024xf32>
    %cst_1977 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7378 = stablehlo.broadcast_in_dim %cst_1977, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7379 = stablehlo.multiply %7378, %6751 : tensor<1024xf32>
    %cst_1978 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7380 = stablehlo.broadcast_in_dim %cst_1978, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7381 = stablehlo.multiply %7380, %6757 : tensor<4096xf32>
    %cst_1979 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7382 = stablehlo.broadcast_in_dim %cst_1979, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7383 = stablehlo.multiply %7382, %6763 : tensor<1024x4096xf32>
    %cst_1980 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7384 = stablehlo.broadcast_in_dim %cst_1980, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7385 = stablehlo.multiply %7384, %6769 : tensor<1024xf32>
    %cst_1981 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7386 = stablehlo.broadcast_in_dim %cst_1981, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7387 = stablehlo.multiply %7386, %6775 : tensor<4096x1024xf32>
    %cst_1982 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7388 = stablehlo.broadcast_in_dim %cst_1982, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7389 = stablehlo.multiply %7388, %6781 : tensor<1024xf32>
    %cst_1983 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7390 = stablehlo.broadcast_in_dim %cst_1983, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7391 = stablehlo.multiply %7390, %6787 : tensor<1024xf32>
    %cst_1984 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7392 = stablehlo.broadcast_in_dim %cst_1984, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7393 = stablehlo.multiply %7392, %6793 : tensor<1024xf32>
    %cst_1985 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7394 = stablehlo.broadcast_in_dim %cst_1985, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7395 = stablehlo.multiply %7394, %6799 : tensor<1024xf32>
    %cst_1986 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7396 = stablehlo.broadcast_in_dim %cst_1986, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7397 = stablehlo.multiply %7396, %6805 : tensor<1024x3072xf32>
    %cst_1987 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7398 = stablehlo.broadcast_in_dim %cst_1987, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7399 = stablehlo.multiply %7398, %6811 : tensor<1024xf32>
    %cst_1988 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7400 = stablehlo.broadcast_in_dim %cst_1988, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7401 = stablehlo.multiply %7400, %6817 : tensor<1024x1024xf32>
    %cst_1989 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7402 = stablehlo.broadcast_in_dim %cst_1989, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7403 = stablehlo.multiply %7402, %6823 : tensor<1024xf32>
    %cst_1990 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7404 = stablehlo.broadcast_in_dim %cst_1990, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7405 = stablehlo.multiply %7404, %6829 : tensor<1024xf32>
    %cst_1991 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7406 = stablehlo.broadcast_in_dim %cst_1991, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7407 = stablehlo.multiply %7406, %6835 : tensor<4096xf32>
    %cst_1992 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7408 = stablehlo.broadcast_in_dim %cst_1992, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7409 = stablehlo.multiply %7408, %6841 : tensor<1024x4096xf32>
    %cst_1993 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7410 = stablehlo.broadcast_in_dim %cst_1993, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7411 = stablehlo.multiply %7410, %6847 : tensor<1024xf32>
    %cst_1994 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7412 = stablehlo.broadcast_in_dim %cst_1994, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7413 = stablehlo.multiply %7412, %6853 : tensor<4096x1024xf32>
    %cst_1995 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7414 = stablehlo.broadcast_in_dim %cst_1995, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7415 = stablehlo.multiply %7414, %6859 : tensor<1024xf32>
    %cst_1996 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7416 = stablehlo.broadcast_in_dim %cst_1996, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7417 = stablehlo.multiply %7416, %6865 : tensor<1024xf32>
    %cst_1997 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7418 = stablehlo.broadcast_in_dim %cst_1997, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7419 = stablehlo.multiply %7418, %6871 : tensor<1024xf32>
    %cst_1998 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7420 = stablehlo.broadcast_in_dim %cst_1998, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7421 = stablehlo.multiply %7420, %6877 : tensor<1024xf32>
    %cst_1999 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7422 = stablehlo.broadcast_in_dim %cst_1999, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7423 = stablehlo.multiply %7422, %6883 : tensor<1024x3072xf32>
    %cst_2000 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7424 = stablehlo.broadcast_in_dim %cst_2000, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7425 = stablehlo.multiply %7424, %6889 : tensor<1024xf32>
    %cst_2001 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7426 = stablehlo.broadcast_in_dim %cst_2001, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7427 = stablehlo.multiply %7426, %6895 : tensor<1024x1024xf32>
    %cst_2002 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7428 = stablehlo.broadcast_in_dim %cst_2002, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7429 = stablehlo.multiply %7428, %6901 : tensor<1024xf32>
    %cst_2003 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7430 = stablehlo.broadcast_in_dim %cst_2003, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7431 = stablehlo.multiply %7430, %6907 : tensor<1024xf32>
    %cst_2004 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7432 = stablehlo.broadcast_in_dim %cst_2004, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7433 = stablehlo.multiply %7432, %6913 : tensor<4096xf32>
    %cst_2005 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7434 = stablehlo.broadcast_in_dim %cst_2005, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7435 = stablehlo.multiply %7434, %6919 : tensor<1024x4096xf32>
    %cst_2006 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7436 = stablehlo.broadcast_in_dim %cst_2006, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7437 = stablehlo.multiply %7436, %6925 : tensor<1024xf32>
    %cst_2007 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7438 = stablehlo.broadcast_in_dim %cst_2007, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7439 = stablehlo.multiply %7438, %6931 : tensor<4096x1024xf32>
    %cst_2008 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7440 = stablehlo.broadcast_in_dim %cst_2008, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7441 = stablehlo.multiply %7440, %6937 : tensor<1024xf32>
    %cst_2009 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7442 = stablehlo.broadcast_in_dim %cst_2009, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7443 = stablehlo.multiply %7442, %6943 : tensor<1024xf32>
    %cst_2010 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7444 = stablehlo.broadcast_in_dim %cst_2010, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7445 = stablehlo.multiply %7444, %6949 : tensor<1024xf32>
    %cst_2011 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7446 = stablehlo.broadcast_in_dim %cst_2011, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7447 = stablehlo.multiply %7446, %6955 : tensor<1024xf32>
    %cst_2012 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7448 = stablehlo.broadcast_in_dim %cst_2012, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7449 = stablehlo.multiply %7448, %6961 : tensor<1024x3072xf32>
    %cst_2013 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7450 = stablehlo.broadcast_in_dim %cst_2013, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7451 = stablehlo.multiply %7450, %6967 : tensor<1024xf32>
    %cst_2014 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7452 = stablehlo.broadcast_in_dim %cst_2014, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7453 = stablehlo.multiply %7452, %6973 : tensor<1024x1024xf32>
    %cst_2015 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7454 = stablehlo.broadcast_in_dim %cst_2015, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7455 = stablehlo.multiply %7454, %6979 : tensor<1024xf32>
    %cst_2016 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7456 = stablehlo.broadcast_in_dim %cst_2016, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7457 = stablehlo.multiply %7456, %6985 : tensor<1024xf32>
    %cst_2017 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7458 = stablehlo.broadcast_in_dim %cst_2017, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7459 = stablehlo.multiply %7458, %6991 : tensor<4096xf32>
    %cst_2018 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7460 = stablehlo.broadcast_in_dim %cst_2018, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7461 = stablehlo.multiply %7460, %6997 : tensor<1024x4096xf32>
    %cst_2019 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7462 = stablehlo.broadcast_in_dim %cst_2019, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7463 = stablehlo.multiply %7462, %7003 : tensor<1024xf32>
    %cst_2020 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7464 = stablehlo.broadcast_in_dim %cst_2020, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7465 = stablehlo.multiply %7464, %7009 : tensor<4096x1024xf32>
    %cst_2021 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7466 = stablehlo.broadcast_in_dim %cst_2021, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7467 = stablehlo.multiply %7466, %7015 : tensor<1024xf32>
    %cst_2022 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7468 = stablehlo.broadcast_in_dim %cst_2022, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7469 = stablehlo.multiply %7468, %7021 : tensor<1024xf32>
    %cst_2023 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7470 = stablehlo.broadcast_in_dim %cst_2023, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7471 = stablehlo.multiply %7470, %7027 : tensor<1024xf32>
    %cst_2024 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7472 = stablehlo.broadcast_in_dim %cst_2024, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7473 = stablehlo.multiply %7472, %7033 : tensor<1024xf32>
    %cst_2025 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7474 = stablehlo.broadcast_in_dim %cst_2025, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7475 = stablehlo.multiply %7474, %7039 : tensor<1024x3072xf32>
    %cst_2026 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7476 = stablehlo.broadcast_in_dim %cst_2026, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7477 = stablehlo.multiply %7476, %7045 : tensor<1024xf32>
    %cst_2027 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7478 = stablehlo.broadcast_in_dim %cst_2027, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7479 = stablehlo.multiply %7478, %7051 : tensor<1024x1024xf32>
    %cst_2028 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7480 = stablehlo.broadcast_in_dim %cst_2028, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7481 = stablehlo.multiply %7480, %7057 : tensor<1024xf32>
    %cst_2029 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7482 = stablehlo.broadcast_in_dim %cst_2029, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7483 = stablehlo.multiply %7482, %7063 : tensor<1024xf32>
    %cst_2030 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7484 = stablehlo.broadcast_in_dim %cst_2030, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7485 = stablehlo.multiply %7484, %7069 : tensor<4096xf32>
    %cst_2031 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7486 = stablehlo.broadcast_in_dim %cst_2031, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7487 = stablehlo.multiply %7486, %7075 : tensor<1024x4096xf32>
    %cst_2032 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7488 = stablehlo.broadcast_in_dim %cst_2032, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7489 = stablehlo.multiply %7488, %7081 : tensor<1024xf32>
    %cst_2033 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7490 = stablehlo.broadcast_in_dim %cst_2033, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7491 = stablehlo.multiply %7490, %7087 : tensor<4096x1024xf32>
    %cst_2034 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7492 = stablehlo.broadcast_in_dim %cst_2034, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7493 = stablehlo.multiply %7492, %7093 : tensor<1024xf32>
    %cst_2035 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7494 = stablehlo.broadcast_in_dim %cst_2035, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7495 = stablehlo.multiply %7494, %7099 : tensor<1024xf32>
    %cst_2036 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7496 = stablehlo.broadcast_in_dim %cst_2036, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7497 = stablehlo.multiply %7496, %7105 : tensor<1024xf32>
    %cst_2037 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7498 = stablehlo.broadcast_in_dim %cst_2037, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7499 = stablehlo.multiply %7498, %7111 : tensor<1024xf32>
    %cst_2038 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7500 = stablehlo.broadcast_in_dim %cst_2038, dims = [] : (tensor<f32>) -> tensor<1024x3072xf32>
    %7501 = stablehlo.multiply %7500, %7117 : tensor<1024x3072xf32>
    %cst_2039 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7502 = stablehlo.broadcast_in_dim %cst_2039, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7503 = stablehlo.multiply %7502, %7123 : tensor<1024xf32>
    %cst_2040 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7504 = stablehlo.broadcast_in_dim %cst_2040, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7505 = stablehlo.multiply %7504, %7129 : tensor<1024x1024xf32>
    %cst_2041 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7506 = stablehlo.broadcast_in_dim %cst_2041, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7507 = stablehlo.multiply %7506, %7135 : tensor<1024xf32>
    %cst_2042 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7508 = stablehlo.broadcast_in_dim %cst_2042, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7509 = stablehlo.multiply %7508, %7141 : tensor<1024xf32>
    %cst_2043 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7510 = stablehlo.broadcast_in_dim %cst_2043, dims = [] : (tensor<f32>) -> tensor<4096xf32>
    %7511 = stablehlo.multiply %7510, %7147 : tensor<4096xf32>
    %cst_2044 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7512 = stablehlo.broadcast_in_dim %cst_2044, dims = [] : (tensor<f32>) -> tensor<1024x4096xf32>
    %7513 = stablehlo.multiply %7512, %7153 : tensor<1024x4096xf32>
    %cst_2045 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7514 = stablehlo.broadcast_in_dim %cst_2045, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7515 = stablehlo.multiply %7514, %7159 : tensor<1024xf32>
    %cst_2046 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7516 = stablehlo.broadcast_in_dim %cst_2046, dims = [] : (tensor<f32>) -> tensor<4096x1024xf32>
    %7517 = stablehlo.multiply %7516, %7165 : tensor<4096x1024xf32>
    %cst_2047 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7518 = stablehlo.broadcast_in_dim %cst_2047, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7519 = stablehlo.multiply %7518, %7171 : tensor<1024xf32>
    %cst_2048 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7520 = stablehlo.broadcast_in_dim %cst_2048, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7521 = stablehlo.multiply %7520, %7177 : tensor<1024xf32>
    %cst_2049 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7522 = stablehlo.broadcast_in_dim %cst_2049, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7523 = stablehlo.multiply %7522, %7183 : tensor<1024xf32>
    %cst_2050 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7524 = stablehlo.broadcast_in_dim %cst_2050, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7525 = stablehlo.multiply %7524, %7189 : tensor<1024xf32>
    %cst_2051 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7526 = stablehlo.broadcast_in_dim %cst_2051, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7527 = stablehlo.multiply %7526, %7195 : tensor<1024xf32>
    %cst_2052 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7528 = stablehlo.broadcast_in_dim %cst_2052, dims = [] : (tensor<f32>) -> tensor<1024xf32>
    %7529 = stablehlo.multiply %7528, %7201 : tensor<1024xf32>
    %cst_2053 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7530 = stablehlo.broadcast_in_dim %cst_2053, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %7531 = stablehlo.multiply %7530, %7207 : tensor<1024x1024xf32>
    %cst_2054 = stablehlo.constant dense<-1.000000e-03> : tensor<f32>
    %7532 = stablehlo.broadcast_in_dim %cst_2054, dims = [] : (tensor<f32>) -> tensor<51200x1024xf32>
    %7533 = stablehlo.multiply %7532, %7213 : tensor<51200x1024xf32>
    %7534 = stablehlo.add %arg0, %7215 : tensor<1024x3072xf32>
    %7535 = stablehlo.add %arg1, %7217 : tensor<1024xf32>
    %7536 = stablehlo.add %arg2, %7219 : tensor<1024x1024xf32>
    %7537 = stablehlo.add %arg3, %7221 : tensor<1024xf32>
    %7538 = stablehlo.add %arg4, %7223 : tensor<1024xf32>
    %7539 = stablehlo.add %arg5, %7225 : tensor<4096xf32>
    %7540 = stablehlo.add %arg6, %7227 : tensor<1024x4096xf32>
    %7541 = stablehlo.add %arg7, %7229 : tensor<1024xf32>
    %7542 = stablehlo.add %arg8, %7231 : tensor<4096x1024xf32>
    %7543 = stablehlo.add %arg9, %7233 : tensor<1024xf32>
    %7544 = stablehlo.add %arg10, %7235 : tensor<1024xf32>
    %7545 = stablehlo.add %arg11, %7237 : tensor<1024xf32>
    %7546 = stablehlo.add %arg12, %7239 : tensor<1024xf32>
    %7547 = stablehlo.add %arg13, %7241 : tensor<1024x3072xf32>
    %7548 = stablehlo.add %arg14, %7243 : tensor<1024xf32>
    %7549 = stablehlo.add %arg15, %7245 : tensor<1024x1024xf32>
    %7550 = stablehlo.add %arg16, %7247 : tensor<1024xf32>
    %7551 = stablehlo.add %arg17, %7249 : tensor<1024xf32>
    %7552 = stablehlo.add %arg18, %7251 : tensor<4096xf32>
    %7553 = stablehlo.add %arg19, %7253 : tensor<1024x4096xf32>
    %7554 = stablehlo.add %arg20, %7255 : tensor<1024xf32>
    %7555 = stablehlo.add %arg21, %7257 : tensor<4096x1024xf32>
    %7556 = stablehlo.add %arg22, %7259 : tensor<1024xf32>
    %7557 = stablehlo.add %arg23, %7261 : tensor<1024xf32>
    %7558 = stablehlo.add %arg24, %7263 : tensor<1024xf32>
    %7559 = stablehlo.add %arg25, %7265 : tensor<1024xf32>
    %7560 = stablehlo.add %arg26, %7267 : tensor<1024x3072xf32>
    %7561 = stablehlo.add %arg27, %7269 : tensor<1024xf32>
    %7562 = stablehlo.add %arg28, %7271 : tensor<1024x1024xf32>
    %7563 = stablehlo.add %arg29, %7273 : tensor<1024xf32>
    %7564 = stablehlo.add %arg30, %7275 : tensor<1024xf32>
    %7565 = stablehlo.add %arg31, %7277 : tensor<4096xf32>
    %7566 = stablehlo.add %arg32, %7279 : tensor<1024x4096xf32>
    %7567 = stablehlo.add %arg33, %7281 : tensor<1024xf32>
    %7568 = stablehlo.add %arg34, %7283 : tensor<4096x1024xf32>
    %7569 = stablehlo.add %arg35, %7285 : tensor<1024xf32>
    %7570 = stablehlo.add %arg36, %7287 : tensor<1024xf32>
    %7571 = stablehlo.add %arg37, %7289 : tensor<1024xf32>
    %7572 = stablehlo.add %arg38, %7291 : tensor<1024xf32>
    %7573 = stablehlo.add %arg39, %7293 : tensor<1024x3072xf32>
    %7574 = stablehlo.add %arg40, %7295 : tensor<1024xf32>
    %7575 = stablehlo.add %arg41, %7297 : tensor<1024x1024xf32>
    %7576 = stablehlo.add %arg42, %7299 : tensor<1024xf32>
    %7577 = stablehlo.add %arg43, %7301 : tensor<1024xf32>
    %7578 = stablehlo.add %arg44, %7303 : tensor<4096xf32>
    %7579 = stablehlo.add %arg45, %7305 : tensor<1024x4096xf32>
    %7580 = stablehlo.add %arg46, %7307 : tensor<1024xf32>
    %7581 = stablehlo.add %arg47, %7309 : tensor<4096x1024xf32>
    %7582 = stablehlo.add %arg48, %7311 : tensor<1024xf32>
    %7583 = stablehlo.add %arg49, %7313 : tensor<1024xf32>
    %7584 = stablehlo.add %arg50, %7315 : tensor<1024xf32>
    %7585 = stablehlo.add %arg51, %7317 : tensor<1024xf32>
    %7586 = stablehlo.add %arg52, %7319 : tensor<1024x3072xf32>
    %7587 = stablehlo.add %arg53, %7321 : tensor<1024xf32>
    %7588 = stablehlo.add %arg54, %7323 : tensor<1024x1024xf32>
    %7589 = stablehlo.add %arg55, %7325 : tensor<1024xf32>
    %7590 = stablehlo.add %arg56, %7327 : tensor<1024xf32>
    %7591 = stablehlo.add %arg57, %7329 : tensor<4096xf32>
    %7592 = stablehlo.add %arg58, %7331 : tensor<1024x4096xf32>
    %7593 = stablehlo.add %arg59, %7333 : tensor<1024xf32>
    %7594 = stablehlo.add %arg60, %7335 : tensor<4096x1024xf32>
    %7595 = stablehlo.add %arg61, %7337 : tensor<1024xf32>
    %7596 = stablehlo.add %arg62, %7339 : tensor<1024xf32>
    %7597 = stablehlo.add %arg63, %7341 : tensor<1024xf32>
    %7598 = stablehlo.add %arg64, %7343 : tensor<1024xf32>
    %7599 = stablehlo.add %arg65, %7345 : tensor<1024x3072xf32>
    %7600 = stablehlo.add %arg66, %7347 : tensor<1024xf32>
    %7601 = stablehlo.add %arg67, %7349 : tensor<1024x1024xf32>
    %7602 = stablehlo.add %arg68, %7351 : tensor<1024xf32>
    %7603 = stablehlo.add %arg69, %7353 : tensor<1024xf32>
    %7604 = stablehlo.add %arg70, %7355 : tensor<4096xf32>
    %7605 = stablehlo.add %arg71, %7357 : tensor<1024x4096xf32>
    %7606 = stablehlo.add %arg72, %7359 : tensor<1024xf32>
    %7607 = stablehlo.add %arg73, %7361 : tensor<4096x1024xf32>
    %7608 = stablehlo.add %arg74, %7363 : tensor<1024xf32>
    %7609 = stablehlo.add %arg75, %7365 : tensor<1024xf32>
    %7610 = stablehlo.add %arg76, %7367 : tensor<1024xf32>
    %7611 = stablehlo.add %arg77, %7369 : tensor<1024xf32>
    %7612 = stablehlo.add %arg78, %7371 : tensor<1024x3072xf32>
    %7613 = stablehlo.add %arg79, %7373 : tensor<1024xf32>
    %7614 = stablehlo.add %arg80, %7375 : tensor<1024x1024xf32>
    %7615 = stablehlo.add %arg81, %7377 : tensor<1024xf32>
    %7616 = stablehlo.add %arg82, %7379 : tensor<1024xf32>
    %7617 = stablehlo.add %arg83, %7381 : tensor<4096xf32>
    %7618 = stablehlo.add %arg84, %7383 : tensor<1024x4096xf32>
    %7619 = stablehlo.add %arg85, %7385 : tensor<1024xf32>
    %7620 = stablehlo.add %arg86, %7387 : tensor<4096x1024xf32>
    %7621 = stablehlo.add %arg87, %7389 : tensor<1024xf32>
    %7622 = stablehlo.add %arg88, %7391 : tensor<1024xf32>
    %7623 = stablehlo.add %arg89, %7393 : tensor<1024xf32>
    %7624 = stablehlo.add %arg90, %7395 : tensor<1024xf32>
    %7625 = stablehlo.add %arg91, %7397 : tensor<1024x3072xf32>
    %7626 = stablehlo.add %arg92, %7399 : tensor<1024xf32>
    %7627 = stablehlo.add %arg93, %7401 : tensor<1024x1024xf32>
    %7628 = stablehlo.add %arg94, %7403 : tensor<1024xf32>
    %7629 = stablehlo.add %arg95, %7405 : tensor<1024xf32>
    %7630 = stablehlo.add %arg96, %7407 : tensor<4096xf32>
    %7631 = stablehlo.add %arg97, %7409 : tensor<1024x4096xf32>
    %7632 = stablehlo.add %arg98, %7411 : tensor<1024xf32>
    %7633 = stablehlo.add %arg99, %7413 : tensor<4096x1024xf32>
    %7634 = stablehlo.add %arg100, %7415 : tensor<1024xf32>
    %7635 = stablehlo.add %arg101, %7417 : tensor<1024xf32>
    %7636 = stablehlo.add %arg102, %7419 : tensor<1024xf32>
    %7637 = stablehlo.add %arg103, %7421 : tensor<1024xf32>
    %7638 = stablehlo.add %arg104, %7423 : tensor<1024x3072xf32>
    %7639 = stablehlo.add %arg105, %7425 : tensor<1024xf32>
    %7640 = stablehlo.add %arg106, %7427 : tensor<1024x1024xf32>
    %7641 = stablehlo.add %arg107, %7429 : tensor<1024xf32>
    %7642 = stablehlo.add %arg108, %7431 : tensor<1024xf32>
    %7643 = stablehlo.add %arg109, %7433 : tensor<4096xf32>
    %7644 = stablehlo.add %arg110, %7435 : tensor<1024x4096xf32>
    %7645 = stablehlo.add %arg111, %7437 : tensor<1024xf32>
    %7646 = stablehlo.add %arg112, %7439 : tensor<4096x1024xf32>
    %7647 = stablehlo.add %arg113, %7441 : tensor<1024xf32>
    %7648 = stablehlo.add %arg114, %7443 : tensor<1024xf32>
    %7649 = stablehlo.add %arg115, %7445 : tensor<1024xf32>
    %7650 = stablehlo.add %arg116, %7447 : tensor<1024xf32>
    %7651 = stablehlo.add %arg117, %7449 : tensor<1024x3072xf32>
    %7652 = stablehlo.add %arg118, %7451 : tensor<1024xf32>
    %7653 = stablehlo.add %arg119, %7453 : tensor<1024x1024xf32>
    %7654 = stablehlo.add %arg120, %7455 : tensor<1024xf32>
    %7655 = stablehlo.add %arg121, %7457 : tensor<1024xf32>
    %7656 = stablehlo.add %arg122, %7459 : tensor<4096xf32>
    %7657 = stablehlo.add %arg123, %7461 : tensor<1024x4096xf32>
    %7658 = stablehlo.add %arg124, %7463 : tensor<1024xf32>
    %7659 = stablehlo.add %arg125, %7465 : tensor<4096x1024xf32>
    %7660 = stablehlo.add %arg126, %7467 : tensor<1024xf32>
    %7661 = stablehlo.add %arg127, %7469 : tensor<1024xf32>
    %7662 = stablehlo.add %arg128, %7471 : tensor<1024xf32>
    %7663 = stablehlo.add %arg129, %7473 : tensor<1024xf32>
    %7664 = stablehlo.add %arg130, %7475 : tensor<1024x3072xf32>
    %7665 = stablehlo.add %arg131, %7477 : tensor<1024xf32>
    %7666 = stablehlo.add %arg132, %7479 : tensor<1024x1024xf32>
    %7667 = stablehlo.add %arg133, %7481 : tensor<1024xf32>
    %7668 = stablehlo.add %arg134, %7483 : tensor<1024xf32>
    %7669 = stablehlo.add %arg135, %7485 : tensor<4096xf32>
    %7670 = stablehlo.add %arg136, %7487 : tensor<1024x4096xf32>
    %7671 = stablehlo.add %arg137, %7489 : tensor<1024xf32>
    %7672 = stablehlo.add %arg138, %7491 : tensor<4096x1024xf32>
    %7673 = stablehlo.add %arg139, %7493 : tensor<1024xf32>
    %7674 = stablehlo.add %arg140, %7495 : tensor<1024xf32>
    %7675 = stablehlo.add %arg141, %7497 : tensor<1024xf32>
    %7676 = stablehlo.add %arg142, %7499 : tensor<1024xf32>
    %7677 = stablehlo.add %arg143, %7501 : tensor<1024x3072xf32>
    %7678 = stablehlo.add %arg144, %7503 : tensor<1024xf32>
    %7679 = stablehlo.add %arg145, %7505 : tensor<1024x1024xf32>
    %7680 = stablehlo.add %arg146, %7507 : tensor<1024xf32>
    %7681 = stablehlo.add %arg147, %7509 : tensor<1024xf32>
    %7682 = stablehlo.add %arg148, %7511 : tensor<4096xf32>
    %7683 = stablehlo.add %arg149, %7513 : tensor<1024x4096xf32>
    %7684 = stablehlo.add %arg150, %7515 : tensor<1024xf32>
    %7685 = stablehlo.add %arg151, %7517 : tensor<4096x1024xf32>
    %7686 = stablehlo.add %arg152, %7519 : tensor<1024xf32>
    %7687 = stablehlo.add %arg153, %7521 : tensor<1024xf32>
    %7688 = stablehlo.add %arg154, %7523 : tensor<1024xf32>
    %7689 = stablehlo.add %arg155, %7525 : tensor<1024xf32>
    %7690 = stablehlo.add %arg156, %7527 : tensor<1024xf32>
    %7691 = stablehlo.add %arg157, %7529 : tensor<1024xf32>
    %7692 = stablehlo.add %arg158, %7531 : tensor<1024x1024xf32>
    %7693 = stablehlo.add %arg159, %7533 : tensor<51200x1024xf32>
    return %2093, %7534, %7535, %7536, %7537, %7538, %7539, %7540, %7541, %7542, %7543, %7544, %7545, %7546, %7547, %7548, %7549, %7550, %7551, %7552, %7553, %7554, %7555, %7556, %7557, %7558, %7559, %7560, %7561, %7562, %7563, %7564, %7565, %7566, %7567, %7568, %7569, %7570, %7571, %7572, %7573, %7574, %7575, %7576, %7577, %7578, %7579, %7580, %7581, %7582, %7583, %7584, %7585, %7586, %7587, %7588, %7589, %7590, %7591, %7592, %7593, %7594, %7595, %7596, %7597, %7598, %7599, %7600, %7601, %7602, %7603, %7604, %7605, %7606, %7607, %7608, %7609, %7610, %7611, %7612, %7613, %7614, %7615, %7616, %7617, %7618, %7619, %7620, %7621, %7622, %7623, %7624, %7625, %7626, %7627, %7628, %7629, %7630, %7631, %7632, %7633, %7634, %7635, %7636, %7637, %7638, %7639, %7640, %7641, %7642, %7643, %7644, %7645, %7646, %7647, %7648, %7649, %7650, %7651, %7652, %7653, %7654, %7655, %7656, %7657, %7658, %7659, %7660, %7661, %7662, %7663, %7664, %7665, %7666, %7667, %7668, %7669, %7670, %7671, %7672, %7673, %7674, %7675, %7676, %7677, %7678, %7679, %7680, %7681, %7682, %7683, %7684, %7685, %7686, %7687, %7688, %7689, %7690, %7691, %7692, %7693, %5605, %3847, %3852, %3857, %3862, %3867, %3872, %3877, %3882, %3887, %3892, %3897, %3902, %3907, %3912, %3917, %3922, %3927, %3932, %3937, %3942, %3947, %3952, %3957, %3962, %3967, %3972, %3977, %3982, %3987, %3992, %3997, %4002, %4007, %4012, %4017, %4022, %4027, %4032, %4037, %4042, %4047, %4052, %4057, %4062, %4067, %4072, %4077, %4082, %4087, %4092, %4097, %4102, %4107, %4112, %4117, %4122, %4127, %4132, %4137, %4142, %4147, %4152, %4157, %4162, %4167, %4172, %4177, %4182, %4187, %4192, %4197, %4202, %4207, %4212, %4217, %4222, %4227, %4232, %4237, %4242, %4247, %4252, %4257, %4262, %4267, %4272, %4277, %4282, %4287, %4292, %4297, %4302, %4307, %4312, %4317, %4322, %4327, %4332, %4337, %4342, %4347, %4352, %4357, %4362, %4367, %4372, %4377, %4382, %4387, %4392, %4397, %4402, %4407, %4412, %4417, %4422, %4427, %4432, %4437, %4442, %4447, %4452, %4457, %4462, %4467, %4472, %4477, %4482, %4487, %4492, %4497, %4502, %4507, %4512, %4517, %4522, %4527, %4532, %4537, %4542, %4547, %4552, %4557, %4562, %4567, %4572, %4577, %4582, %4587, %4592, %4597, %4602, %4607, %4612, %4617, %4622, %4627, %4632, %4637, %4642, %4648, %4654, %4660, %4666, %4672, %4678, %4684, %4690, %4696, %4702, %4708, %4714, %4720, %4726, %4732, %4738, %4744, %4750, %4756, %4762, %4768, %4774, %4780, %4786, %4792, %4798, %4804, %4810, %4816, %4822, %4828, %4834, %4840, %4846, %4852, %4858, %4864, %4870, %4876, %4882, %4888, %4894, %4900, %4906, %4912, %4918, %4924, %4930, %4936, %4942, %4948, %4954, %4960, %4966, %4972, %4978, %4984, %4990, %4996, %5002, %5008, %5014, %5020, %5026, %5032, %5038, %5044, %5050, %5056, %5062, %5068, %5074, %5080, %5086, %5092, %5098, %5104, %5110, %5116, %5122, %5128, %5134, %5140, %5146, %5152, %5158, %5164, %5170, %5176, %5182, %5188, %5194, %5200, %5206, %5212, %5218, %5224, %5230, %5236, %5242, %5248, %5254, %5260, %5266, %5272, %5278, %5284, %5290, %5296, %5302, %5308, %5314, %5320, %5326, %5332, %5338, %5344, %5350, %5356, %5362, %5368, %5374, %5380, %5386, %5392, %5398, %5404, %5410, %5416, %5422, %5428, %5434, %5440, %5446, %5452, %5458, %5464, %5470, %5476, %5482, %5488, %5494, %5500, %5506, %5512, %5518, %5524, %5530, %5536, %5542, %5548, %5554, %5560, %5566, %5572, %5578, %5584, %5590, %5596, %5602 : tensor<f32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<51200x1024xf32>, tensor<i32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<51200x1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x3072xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<4096xf32>, tensor<1024x4096xf32>, tensor<1024xf32>, tensor<4096x1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>, tensor<1024x1024xf32>, tensor<51200x1024xf32>
  }
  func.func private @_take(%arg0: tensor<51200x1024xf32>, %arg1: tensor<8x1024xi32>) -> (tensor<8x1024x1024xf32>, tensor<8x1024x1xi32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x1024xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<8x1024xi32>, tensor<8x1024xi32>) -> tensor<8x1024xi1>
    %c_0 = stablehlo.constant dense<51200> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8x1024xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<8x1024xi32>
    %4 = call @_where(%1, %3, %arg1) : (tensor<8x1024xi1>, tensor<8x1024xi32>, tensor<8x1024xi32>) -> tensor<8x1024xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<8x1024xi32>) -> tensor<8x1024x1xi32>
    %c_1 = stablehlo.constant dense<51199> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<8x1024x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<8x1024x1xi32>, tensor<8x1024x1xi32>) -> tensor<8x1024x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [2] : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<1x1x1xi32>) -> tensor<8x1024x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<8x1024x1xi32>, tensor<8x1024x1xi32>) -> tensor<8x1024x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<8x1024x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [2] : (tensor<8x1024x1xi1>, tensor<i1>) -> tensor<8x1024xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1024>}> : (tensor<51200x1024xf32>, tensor<8x1024x1xi32>) -> tensor<8x1024x1024xf32>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<8x1024xi1>) -> tensor<8x1024x1024xi1>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x1024x1024xf32>
    %16 = stablehlo.select %14, %13, %15 : tensor<8x1024x1024xi1>, tensor<8x1024x1024xf32>
    return %16, %5 : tensor<8x1024x1024xf32>, tensor<8x1024x1xi32>
  }
  func.func private @_where(%arg0: tensor<8x1024xi1>, %arg1: tensor<8x1024xi32>, %arg2: tensor<8x1024xi32>) -> tensor<8x1024xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<8x1024xi1>, tensor<8x1024xi32>
    return %0 : tensor<8x1024xi32>
  }
  func.func private @_take_0(%arg0: tensor<1024x1024xf32>, %arg1: tensor<1024xi32>) -> (tensor<1024x1024xf32>, tensor<1024x1xi32>) {
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
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1024>}> : (tensor<1024x1024xf32>, tensor<1024x1xi32>) -> tensor<1024x1024xf32>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0] : (tensor<1024xi1>) -> tensor<1024x1024xi1>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %16 = stablehlo.select %14, %13, %15 : tensor<1024x1024xi1>, tensor<1024x1024xf32>
    return %16, %5 : tensor<1024x1024xf32>, tensor<1024x1xi32>
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
  func.func private @_where_2(%arg0: tensor<1x1x1024x1024xi1>, %arg1: tensor<8x16x1024x1024xf32>, %arg2: tensor<f32>) -> (tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>) {
    %0 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3] : (tensor<1x1x1024x1024xi1>) -> tensor<8x16x1024x1024xi1>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %2 = stablehlo.select %0, %arg1, %1 : tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    return %2, %0, %3 : tensor<8x16x1024x1024xf32>, tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>
  }
  func.func private @take_along_axis(%arg0: tensor<8x1024x51200xf32>, %arg1: tensor<8x1024x1xi32>) -> (tensor<8x1024x1xf32>, tensor<8x1024x1x1xi32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x1024x1xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<8x1024x1xi32>, tensor<8x1024x1xi32>) -> tensor<8x1024x1xi1>
    %c_0 = stablehlo.constant dense<51200> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8x1024x1xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<8x1024x1xi32>
    %4 = stablehlo.select %1, %3, %arg1 : tensor<8x1024x1xi1>, tensor<8x1024x1xi32>
    %5 = stablehlo.reshape %4 : (tensor<8x1024x1xi32>) -> tensor<8x1024x1x1xi32>
    %c_1 = stablehlo.constant dense<51199> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<8x1024x1x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<8x1024x1x1xi32>, tensor<8x1024x1x1xi32>) -> tensor<8x1024x1x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [3] : (tensor<1xi32>) -> tensor<1x1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2, 3] : (tensor<1x1x1x1xi32>) -> tensor<8x1024x1x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<8x1024x1x1xi32>, tensor<8x1024x1x1xi32>) -> tensor<8x1024x1x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<8x1024x1x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [3] : (tensor<8x1024x1x1xi1>, tensor<i1>) -> tensor<8x1024x1xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [2], operand_batching_dims = [0, 1], start_indices_batching_dims = [0, 1], start_index_map = [2], index_vector_dim = 3>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 1>}> : (tensor<8x1024x51200xf32>, tensor<8x1024x1x1xi32>) -> tensor<8x1024x1xf32>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %15 = stablehlo.select %12, %13, %14 : tensor<8x1024x1xi1>, tensor<8x1024x1xf32>
    return %15, %5 : tensor<8x1024x1xf32>, tensor<8x1024x1x1xi32>
  }
  func.func private @_take_3(%arg0: tensor<8x1024x1xf32>, %arg1: tensor<i32>) -> (tensor<8x1024xf32>, tensor<1xi32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.compare LT, %arg1, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %1 = stablehlo.add %arg1, %c_0 : tensor<i32>
    %2 = call @_where_4(%0, %1, %arg1) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
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
    %10 = "stablehlo.gather"(%arg0, %4) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1], collapsed_slice_dims = [2], start_index_map = [2]>, indices_are_sorted = false, slice_sizes = array<i64: 8, 1024, 1>}> : (tensor<8x1024x1xf32>, tensor<1xi32>) -> tensor<8x1024xf32>
    %11 = stablehlo.broadcast_in_dim %9, dims = [] : (tensor<i1>) -> tensor<8x1024xi1>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x1024xf32>
    %13 = stablehlo.select %11, %10, %12 : tensor<8x1024xi1>, tensor<8x1024xf32>
    return %13, %3 : tensor<8x1024xf32>, tensor<1xi32>
  }
  func.func private @_where_4(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @_take_5(%arg0: tensor<1xi32>, %arg1: tensor<8x1024xf32>) -> tensor<8x1024x1xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [2], scatter_dims_to_operand_dims = [2]>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<8x1024x1xf32>, tensor<1xi32>, tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    return %1 : tensor<8x1024x1xf32>
  }
  func.func private @take_along_axis_6(%arg0: tensor<8x1024x1x1xi32>, %arg1: tensor<8x1024x1xf32>) -> tensor<8x1024x51200xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x1024x51200xf32>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1], scatter_indices_batching_dims = [0, 1], scatter_dims_to_operand_dims = [2], index_vector_dim = 3>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<8x1024x51200xf32>, tensor<8x1024x1x1xi32>, tensor<8x1024x1xf32>) -> tensor<8x1024x51200xf32>
    return %1 : tensor<8x1024x51200xf32>
  }
  func.func private @_where_7(%arg0: tensor<8x16x1024x1024xi1>, %arg1: tensor<8x16x1024x1024xf32>, %arg2: tensor<8x16x1024x1024xf32>) -> tensor<8x16x1024x1024xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x16x1024x1024xf32>
    %1 = stablehlo.select %arg0, %arg2, %0 : tensor<8x16x1024x1024xi1>, tensor<8x16x1024x1024xf32>
    return %1 : tensor<8x16x1024x1024xf32>
  }
  func.func private @_take_8(%arg0: tensor<1024x1xi32>, %arg1: tensor<1024x1024xf32>) -> tensor<1024x1024xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1024x1024xf32>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<1024x1024xf32>, tensor<1024x1xi32>, tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
    return %1 : tensor<1024x1024xf32>
  }
  func.func private @_take_9(%arg0: tensor<8x1024x1xi32>, %arg1: tensor<8x1024x1024xf32>) -> tensor<51200x1024xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<51200x1024xf32>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<51200x1024xf32>, tensor<8x1024x1xi32>, tensor<8x1024x1024xf32>) -> tensor<51200x1024xf32>
    return %1 : tensor<51200x1024xf32>
  }
  func.func private @_where_10(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
}
