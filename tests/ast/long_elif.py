if x == 0:
    r = 0
elif x == 1:
    r = 1
elif x == 2:
    r = 2
elif x == 3:
    r = 3
elif x == 4:
    r = 4
elif x == 5:
    r = 5
elif x == 6:
    r = 6
elif x == 7:
    r = 7
elif x == 8:
    r = 8
elif x == 9:
    r = 9
elif x == 10:
    r = 10
elif x == 11:
    r = 11
elif x == 12:
    r = 12
elif x == 13:
    r = 13
elif x == 14:
    r = 14
elif x == 15:
    r = 15
elif x == 16:
    r = 16
elif x == 17:
    r = 17
elif x == 18:
    r = 18
elif x == 19:
    r = 19
elif x == 20:
    r = 20
elif x == 21:
    r = 21
elif x == 22:
    r = 22
elif x == 23:
    r = 23
elif x == 24:
    r = 24
elif x == 25:
    r = 25
elif x == 26:
    r = 26
elif x == 27:
    r = 27
elif x == 28:
    r = 28
elif x == 29:
    r = 29
elif x == 30:
    r = 30
elif x == 31:
    r = 31
elif x == 32:
    r = 32
elif x == 33:
    r = 33
elif x == 34:
    r = 34
elif x == 35:
    r = 35
elif x == 36:
    r = 36
elif x == 37:
    r = 37
elif x == 38:
    r = 38
elif x == 39:
    r = 39
elif x == 40:
    r = 40
elif x == 41:
    r = 41
elif x == 42:
    r = 42
elif x == 43:
    r = 43
elif x == 44:
    r = 44
elif x == 45:
    r = 45
elif x == 46:
    r = 46
elif x == 47:
    r = 47
elif x == 48:
    r = 48
elif x == 49:
    r = 49
elif x == 50:
    r = 50
elif x == 51:
    r = 51
elif x == 52:
    r = 52
elif x == 53:
    r = 53
elif x == 54:
    r = 54
elif x == 55:
    r = 55
elif x == 56:
    r = 56
elif x == 57:
    r = 57
elif x == 58:
    r = 58
elif x == 59:
    r = 59
elif x == 60:
    r = 60
elif x == 61:
    r = 61
elif x == 62:
    r = 62
elif x == 63:
    r = 63
elif x == 64:
    r = 64
elif x == 65:
    r = 65
elif x == 66:
    r = 66
elif x == 67:
    r = 67
elif x == 68:
    r = 68
elif x == 69:
    r = 69
elif x == 70:
    r = 70
elif x == 71:
    r = 71
elif x == 72:
    r = 72
elif x == 73:
    r = 73
elif x == 74:
    r = 74
elif x == 75:
    r = 75
elif x == 76:
    r = 76
elif x == 77:
    r = 77
elif x == 78:
    r = 78
elif x == 79:
    r = 79
elif x == 80:
    r = 80
elif x == 81:
    r = 81
elif x == 82:
    r = 82
elif x == 83:
    r = 83
elif x == 84:
    r = 84
elif x == 85:
    r = 85
elif x == 86:
    r = 86
elif x == 87:
    r = 87
elif x == 88:
    r = 88
elif x == 89:
    r = 89
elif x == 90:
    r = 90
elif x == 91:
    r = 91
elif x == 92:
    r = 92
elif x == 93:
    r = 93
elif x == 94:
    r = 94
elif x == 95:
    r = 95
elif x == 96:
    r = 96
elif x == 97:
    r = 97
elif x == 98:
    r = 98
elif x == 99:
    r = 99
elif x == 100:
    r = 100
elif x == 101:
    r = 101
elif x == 102:
    r = 102
elif x == 103:
    r = 103
elif x == 104:
    r = 104
elif x == 105:
    r = 105
elif x == 106:
    r = 106
elif x == 107:
    r = 107
elif x == 108:
    r = 108
elif x == 109:
    r = 109
elif x == 110:
    r = 110
elif x == 111:
    r = 111
elif x == 112:
    r = 112
elif x == 113:
    r = 113
elif x == 114:
    r = 114
elif x == 115:
    r = 115
elif x == 116:
    r = 116
elif x == 117:
    r = 117
elif x == 118:
    r = 118
elif x == 119:
    r = 119
elif x == 120:
    r = 120
elif x == 121:
    r = 121
elif x == 122:
    r = 122
elif x == 123:
    r = 123
elif x == 124:
    r = 124
elif x == 125:
    r = 125
elif x == 126:
    r = 126
elif x == 127:
    r = 127
elif x == 128:
    r = 128
elif x == 129:
    r = 129
elif x == 130:
    r = 130
elif x == 131:
    r = 131
elif x == 132:
    r = 132
elif x == 133:
    r = 133
elif x == 134:
    r = 134
elif x == 135:
    r = 135
elif x == 136:
    r = 136
elif x == 137:
    r = 137
elif x == 138:
    r = 138
elif x == 139:
    r = 139
elif x == 140:
    r = 140
elif x == 141:
    r = 141
elif x == 142:
    r = 142
elif x == 143:
    r = 143
elif x == 144:
    r = 144
elif x == 145:
    r = 145
elif x == 146:
    r = 146
elif x == 147:
    r = 147
elif x == 148:
    r = 148
elif x == 149:
    r = 149
elif x == 150:
    r = 150
elif x == 151:
    r = 151
elif x == 152:
    r = 152
elif x == 153:
    r = 153
elif x == 154:
    r = 154
elif x == 155:
    r = 155
elif x == 156:
    r = 156
elif x == 157:
    r = 157
elif x == 158:
    r = 158
elif x == 159:
    r = 159
elif x == 160:
    r = 160
elif x == 161:
    r = 161
elif x == 162:
    r = 162
elif x == 163:
    r = 163
elif x == 164:
    r = 164
elif x == 165:
    r = 165
elif x == 166:
    r = 166
elif x == 167:
    r = 167
elif x == 168:
    r = 168
elif x == 169:
    r = 169
elif x == 170:
    r = 170
elif x == 171:
    r = 171
elif x == 172:
    r = 172
elif x == 173:
    r = 173
elif x == 174:
    r = 174
elif x == 175:
    r = 175
elif x == 176:
    r = 176
elif x == 177:
    r = 177
elif x == 178:
    r = 178
elif x == 179:
    r = 179
elif x == 180:
    r = 180
elif x == 181:
    r = 181
elif x == 182:
    r = 182
elif x == 183:
    r = 183
elif x == 184:
    r = 184
elif x == 185:
    r = 185
elif x == 186:
    r = 186
elif x == 187:
    r = 187
elif x == 188:
    r = 188
elif x == 189:
    r = 189
elif x == 190:
    r = 190
elif x == 191:
    r = 191
elif x == 192:
    r = 192
elif x == 193:
    r = 193
elif x == 194:
    r = 194
elif x == 195:
    r = 195
elif x == 196:
    r = 196
elif x == 197:
    r = 197
elif x == 198:
    r = 198
elif x == 199:
    r = 199
else:
    r = -1
