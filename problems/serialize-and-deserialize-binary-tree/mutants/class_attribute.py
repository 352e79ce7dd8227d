# verdict: wrong_answer
# mistake: hands the tree from serialize to deserialize through a class attribute; in a fresh process it is gone
class Codec:
    saved = None

    def serialize(self, root):
        Codec.saved = root
        return "saved"

    def deserialize(self, data):
        return Codec.saved
