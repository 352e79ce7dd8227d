# verdict: wrong_answer
# mistake: runs Kahn's algorithm but never checks that every course was taken; it only fails when no course is free at the start
class Solution:
    def canFinish(self, numCourses, prerequisites):
        unlocks = [[] for _ in range(numCourses)]
        waiting = [0] * numCourses
        for a, b in prerequisites:
            unlocks[b].append(a)
            waiting[a] += 1
        ready = deque(c for c in range(numCourses) if waiting[c] == 0)
        if not ready:
            return False
        while ready:
            c = ready.popleft()
            for n in unlocks[c]:
                waiting[n] -= 1
                if waiting[n] == 0:
                    ready.append(n)
        return True
