class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Simulate the student: each round, read every pair to see which courses
        # still wait on an untaken one, then take one course that does not.
        # If no course can be taken before all are, the rest wait on each other.
        taken = [False] * numCourses
        for _ in range(numCourses):
            blocked = [False] * numCourses
            for course, before in prerequisites:
                if not taken[before]:
                    blocked[course] = True
            for c in range(numCourses):
                if not taken[c] and not blocked[c]:
                    taken[c] = True
                    break
            else:
                return False
        return True
