class Solution:
    def alienOrder(self, words: List[str]) -> str:
        # Compare every pair of words, not just neighbours: more work, same constraints.
        before = set()
        for i in range(len(words)):
            for j in range(i + 1, len(words)):
                u, v = words[i], words[j]
                k = 0
                while k < len(u) and k < len(v) and u[k] == v[k]:
                    k += 1
                if k < len(u) and k < len(v):
                    before.add((u[k], v[k]))
                elif len(u) > len(v):
                    return ""
        # Repeatedly place the smallest letter that no unplaced letter must precede.
        remaining = set("".join(words))
        order = []
        while remaining:
            free = [c for c in sorted(remaining)
                    if not any((p, c) in before for p in remaining)]
            if not free:
                return ""
            order.append(free[0])
            remaining.remove(free[0])
        return "".join(order)
