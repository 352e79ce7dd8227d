# verdict: runtime_error
# mistake: measures each string in UTF-8 bytes but slices characters, so codes 128-255 (two bytes each) shift everything after them (the decoder then parses string data as a length and raises)
class Codec:
    def encode(self, strs):
        return "".join(f"{len(item.encode('utf-8'))}#{item}" for item in strs)

    def decode(self, s):
        out = []
        i = 0
        while i < len(s):
            mark = s.index("#", i)
            size = int(s[i:mark])
            out.append(s[mark + 1 : mark + 1 + size])
            i = mark + 1 + size
        return out
