# verdict: wrong_answer
# mistake: a DFS topological sort with a single visited set cannot tell "in progress" from "done", so it never sees a cycle
class Solution:
    def alienOrder(self, words):
        letters = dict.fromkeys("".join(words))
        after = {c: [] for c in letters}
        for left, right in zip(words, words[1:]):
            for a, b in zip(left, right):
                if a != b:
                    after[a].append(b)
                    break
            else:
                if len(left) > len(right):
                    return ""
        visited = set()
        finished = []

        def visit(c):
            visited.add(c)
            for d in after[c]:
                if d not in visited:
                    visit(d)
            finished.append(c)

        for c in letters:
            if c not in visited:
                visit(c)
        return "".join(reversed(finished))
