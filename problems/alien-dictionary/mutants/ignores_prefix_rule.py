# verdict: wrong_answer
# mistake: skips pairs with no differing letter, so a word followed by its own prefix ("abc", "ab") is accepted
class Solution:
    def alienOrder(self, words):
        letters = dict.fromkeys("".join(words))
        after = {c: set() for c in letters}
        waiting = {c: 0 for c in letters}
        for left, right in zip(words, words[1:]):
            for a, b in zip(left, right):
                if a != b:
                    if b not in after[a]:
                        after[a].add(b)
                        waiting[b] += 1
                    break
        ready = deque(c for c in letters if waiting[c] == 0)
        order = []
        while ready:
            a = ready.popleft()
            order.append(a)
            for b in after[a]:
                waiting[b] -= 1
                if waiting[b] == 0:
                    ready.append(b)
        return "".join(order) if len(order) == len(letters) else ""
