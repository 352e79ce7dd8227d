class Solution:
    def alienOrder(self, words: List[str]) -> str:
        # Every letter that occurs anywhere belongs in the answer, constrained or not.
        # dict.fromkeys keeps first-seen order, so the answer is repeatable.
        letters = dict.fromkeys("".join(words))
        after = {c: [] for c in letters}      # after[a]: letters that must follow a
        waiting = {c: 0 for c in letters}     # how many distinct letters must precede c
        for left, right in zip(words, words[1:]):
            for a, b in zip(left, right):
                if a != b:
                    # Only the first difference says anything about the order.
                    if b not in after[a]:
                        after[a].append(b)
                        waiting[b] += 1
                    break
            else:
                # No difference: the shorter word must come first.
                if len(left) > len(right):
                    return ""
        # Kahn's algorithm: emit a letter once nothing still waiting precedes it.
        ready = deque(c for c in letters if waiting[c] == 0)
        order = []
        while ready:
            a = ready.popleft()
            order.append(a)
            for b in after[a]:
                waiting[b] -= 1
                if waiting[b] == 0:
                    ready.append(b)
        # Letters left waiting lie on (or behind) a cycle: no order exists.
        return "".join(order) if len(order) == len(letters) else ""
