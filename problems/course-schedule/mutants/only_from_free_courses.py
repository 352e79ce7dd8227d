# verdict: wrong_answer
# mistake: starts the cycle search only from courses with no prerequisites, so a loop that nothing leads into is never visited
class Solution:
    def canFinish(self, numCourses, prerequisites):
        unlocks = [[] for _ in range(numCourses)]
        needs = [0] * numCourses
        for a, b in prerequisites:
            unlocks[b].append(a)
            needs[a] += 1
        state = [0] * numCourses  # 0 new, 1 on the path, 2 finished

        def cyclic(c):
            if state[c] == 1:
                return True
            if state[c] == 2:
                return False
            state[c] = 1
            if any(cyclic(n) for n in unlocks[c]):
                return True
            state[c] = 2
            return False

        return not any(cyclic(c) for c in range(numCourses) if needs[c] == 0)
