# verdict: time_limit_exceeded
# mistake: the DFS remembers the courses on the current path but not the finished ones, so it re-walks every route through shared courses
class Solution:
    def canFinish(self, numCourses, prerequisites):
        unlocks = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            unlocks[b].append(a)
        on_path = set()

        def has_cycle(c):
            if c in on_path:
                return True
            on_path.add(c)
            for n in unlocks[c]:
                if has_cycle(n):
                    return True
            on_path.remove(c)
            return False

        return not any(has_cycle(c) for c in range(numCourses))
