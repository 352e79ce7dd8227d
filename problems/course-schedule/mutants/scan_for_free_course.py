# verdict: accepted
# optimal: false
# mistake: each round scans every course for one with nothing left to wait on: O(V^2), fine at 2,000 courses but too slow at 8,000
class Solution:
    def canFinish(self, numCourses, prerequisites):
        indeg = [0] * numCourses
        adj = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            adj[b].append(a)
            indeg[a] += 1
        done = [False] * numCourses
        for _ in range(numCourses):
            for c in range(numCourses):
                if not done[c] and indeg[c] == 0:
                    break
            else:
                return False
            done[c] = True
            for v in adj[c]:
                indeg[v] -= 1
        return True
