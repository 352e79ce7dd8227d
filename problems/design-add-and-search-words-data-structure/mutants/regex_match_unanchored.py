# verdict: wrong_answer
# mistake: matches each stored word with re.match, which anchors only the start, so a shorter pattern matches a longer word
class WordDictionary:
    def __init__(self):
        self.words = set()

    def addWord(self, word):
        self.words.add(word)

    def search(self, word):
        pattern = re.compile(word)
        return any(pattern.match(w) for w in self.words)
