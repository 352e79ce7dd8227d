# verdict: wrong_answer
# mistake: compares letters with zip() but never the lengths, so zip stops at the shorter string and a prefix matches
class WordDictionary:
    def __init__(self):
        self.words = []

    def addWord(self, word):
        self.words.append(word)

    def search(self, word):
        for w in self.words:
            if all(p == "." or p == c for p, c in zip(word, w)):
                return True
        return False
