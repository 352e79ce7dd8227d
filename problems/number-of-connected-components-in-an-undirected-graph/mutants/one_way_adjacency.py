# verdict: wrong_answer
# mistake: stores each edge in one direction only, so a walk from b never reaches a
class Solution:
    def countComponents(self, n, edges):
        graph = [[] for _ in range(n)]
        for a, b in edges:
            graph[a].append(b)
        seen = [False] * n
        count = 0
        for start in range(n):
            if seen[start]:
                continue
            count += 1
            seen[start] = True
            stack = [start]
            while stack:
                v = stack.pop()
                for w in graph[v]:
                    if not seen[w]:
                        seen[w] = True
                        stack.append(w)
        return count
