# verdict: wrong_answer
# mistake: hands the list from encode to decode through a class attribute; in a fresh process it is gone
class Codec:
    saved = None

    def encode(self, strs):
        Codec.saved = list(strs)
        return "saved"

    def decode(self, s):
        return Codec.saved
