# verdict: accepted
# optimal: false
# mistake: cuts each decoded item off the front with s = s[...:], copying the rest of the string every time: O(n * total)
class Codec:
    def encode(self, strs):
        return "".join(f"{len(item)}#{item}" for item in strs)

    def decode(self, s):
        out = []
        while s:
            mark = s.index("#")
            size = int(s[:mark])
            out.append(s[mark + 1 : mark + 1 + size])
            s = s[mark + 1 + size :]
        return out
