# verdict: wrong_answer
# mistake: joins the strings with "#" and splits on it, but "#" can occur inside a string
class Codec:
    def encode(self, strs):
        return "#".join(strs)

    def decode(self, s):
        return s.split("#")
