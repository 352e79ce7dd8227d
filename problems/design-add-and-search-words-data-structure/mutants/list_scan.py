# verdict: time_limit_exceeded
# mistake: keeps the words in a list grouped by nothing and compares every search with all of them: O(N·L) per search
class WordDictionary:
    def __init__(self):
        self.words = []

    def addWord(self, word):
        self.words.append(word)

    def search(self, word):
        for w in self.words:
            if len(w) != len(word):
                continue
            for p, c in zip(word, w):
                if p != "." and p != c:
                    break
            else:
                return True
        return False
