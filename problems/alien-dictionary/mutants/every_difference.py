# verdict: wrong_answer
# mistake: adds a rule for every position where two neighbouring words differ, not just the first
class Solution:
    def alienOrder(self, words):
        letters = dict.fromkeys("".join(words))
        after = {c: set() for c in letters}
        waiting = {c: 0 for c in letters}
        for left, right in zip(words, words[1:]):
            differs = False
            for a, b in zip(left, right):
                if a != b:
                    differs = True
                    if b not in after[a]:
                        after[a].add(b)
                        waiting[b] += 1
            if not differs and len(left) > len(right):
                return ""
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
