# verdict: wrong_answer
# mistake: marks a course as safe when the search enters it instead of when it leaves, so the walk back round a loop looks safe
class Solution:
    def canFinish(self, numCourses, prerequisites):
        unlocks = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            unlocks[b].append(a)
        safe = set()

        def ok(c):
            if c in safe:
                return True
            safe.add(c)
            return all(ok(n) for n in unlocks[c])

        return all(ok(c) for c in range(numCourses))
