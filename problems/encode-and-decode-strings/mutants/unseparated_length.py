# verdict: wrong_answer
# mistake: writes each length straight before its string with no separator, so a string starting with a digit extends the length
class Codec:
    def encode(self, strs):
        return "".join(str(len(item)) + item for item in strs)

    def decode(self, s):
        out = []
        i = 0
        while i < len(s):
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            size = int(s[i:j])
            out.append(s[j : j + size])
            i = j + size
        return out
