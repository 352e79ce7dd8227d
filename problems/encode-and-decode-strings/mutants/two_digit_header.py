# verdict: runtime_error
# mistake: a fixed two-character length header, which cannot hold lengths of 100 to 200 (the decoder then parses string data as a length and raises)
class Codec:
    def encode(self, strs):
        return "".join(f"{len(item):02d}{item}" for item in strs)

    def decode(self, s):
        out = []
        i = 0
        while i < len(s):
            size = int(s[i : i + 2])
            out.append(s[i + 2 : i + 2 + size])
            i += 2 + size
        return out
