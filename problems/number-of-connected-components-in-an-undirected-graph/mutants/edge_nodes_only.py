# verdict: wrong_answer
# mistake: walks only the nodes that appear in some edge (the adjacency dict's keys), so isolated nodes are never counted
class Solution:
    def countComponents(self, n, edges):
        graph = defaultdict(list)
        for a, b in edges:
            graph[a].append(b)
            graph[b].append(a)
        seen = set()
        count = 0
        for start in graph:
            if start in seen:
                continue
            count += 1
            seen.add(start)
            stack = [start]
            while stack:
                v = stack.pop()
                for w in graph[v]:
                    if w not in seen:
                        seen.add(w)
                        stack.append(w)
        return count
