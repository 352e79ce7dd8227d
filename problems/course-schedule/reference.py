class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Kahn's algorithm. A pair [a, b] is an edge b -> a: b unlocks a.
        unlocks = [[] for _ in range(numCourses)]
        waiting = [0] * numCourses  # prerequisites of each course not yet taken
        for course, before in prerequisites:
            unlocks[before].append(course)
            waiting[course] += 1
        # Every course with nothing left to wait for can be taken now.
        ready = deque(c for c in range(numCourses) if waiting[c] == 0)
        taken = 0
        while ready:
            course = ready.popleft()
            taken += 1
            for nxt in unlocks[course]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    ready.append(nxt)
        # A course on a cycle (or after one) never reaches zero and is never taken.
        return taken == numCourses
