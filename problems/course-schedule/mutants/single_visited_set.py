# verdict: wrong_answer
# mistake: a DFS with one visited set calls any second arrival at a course a cycle, so a diamond looks cyclic
class Solution:
    def canFinish(self, numCourses, prerequisites):
        unlocks = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            unlocks[b].append(a)
        visited = set()

        def dfs(c):
            if c in visited:
                return False
            visited.add(c)
            return all(dfs(n) for n in unlocks[c])

        for c in range(numCourses):
            if c not in visited and not dfs(c):
                return False
        return True
