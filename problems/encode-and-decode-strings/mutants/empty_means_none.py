# verdict: wrong_answer
# mistake: joins with a separator that cannot occur (code 256), but decodes "" as no strings, so [""] comes back as []
class Codec:
    SEP = chr(256)

    def encode(self, strs):
        return self.SEP.join(strs)

    def decode(self, s):
        if not s:
            return []
        return s.split(self.SEP)
