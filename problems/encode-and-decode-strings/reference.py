class Codec:
    # Each string is written as its length in decimal, a "#", then the string
    # itself. The reader never looks for a delimiter inside a string: it reads
    # digits up to the first "#", and then skips exactly that many characters,
    # whatever they are.

    def encode(self, strs: List[str]) -> str:
        return "".join(f"{len(item)}#{item}" for item in strs)

    def decode(self, s: str) -> List[str]:
        out = []
        i = 0
        while i < len(s):
            mark = s.index("#", i)  # the length's digits hold no "#"
            size = int(s[i:mark])
            start = mark + 1
            out.append(s[start : start + size])
            i = start + size
        return out
