# verdict: time_limit_exceeded
# mistake: keeping a list of words and scanning all of them on every startsWith is O(total) per query
class Trie:
    def __init__(self):
        self.words = set()
        self.order = []

    def insert(self, word):
        if word not in self.words:
            self.words.add(word)
            self.order.append(word)

    def search(self, word):
        return word in self.words

    def startsWith(self, prefix):
        for w in self.order:
            if w[: len(prefix)] == prefix:
                return True
        return False
