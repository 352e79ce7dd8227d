# verdict: wrong_answer
# mistake: startsWith looks the prefix up among whole words, so a proper prefix of a word is missed
class Trie:
    def __init__(self):
        self.words = set()

    def insert(self, word):
        self.words.add(word)

    def search(self, word):
        return word in self.words

    def startsWith(self, prefix):
        return prefix in self.words
