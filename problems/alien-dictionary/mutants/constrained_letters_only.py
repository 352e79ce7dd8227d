# verdict: wrong_answer
# mistake: creates graph entries only for letters met in a rule, so letters that no rule mentions are left out
class Solution:
    def alienOrder(self, words):
        after = defaultdict(set)
        waiting = {}
        for left, right in zip(words, words[1:]):
            for a, b in zip(left, right):
                if a != b:
                    waiting.setdefault(a, 0)
                    waiting.setdefault(b, 0)
                    if b not in after[a]:
                        after[a].add(b)
                        waiting[b] += 1
                    break
            else:
                if len(left) > len(right):
                    return ""
        ready = deque(c for c in waiting if waiting[c] == 0)
        order = []
        while ready:
            a = ready.popleft()
            order.append(a)
            for b in after[a]:
                waiting[b] -= 1
                if waiting[b] == 0:
                    ready.append(b)
        return "".join(order) if len(order) == len(waiting) else ""
