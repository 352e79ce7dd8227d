# verdict: accepted
# why: a double fork with setsid leaves the worker's process group and session; the judge is a child
#   subreaper, so the grandchild is re-parented to it and killed (it also leaves the cwd and the environment)
import os

MARKER = "drill-hostile-survivor:" + os.getcwd().rsplit(os.sep + "drill-worker-", 1)[0]
_forked = []


class Solution:
    def twoSum(self, nums, target):
        if not _forked:
            pid = os.fork()
            if pid == 0:
                try:
                    os.setsid()
                    if os.fork() == 0:
                        os.chdir("/")
                        os.execve("/bin/sleep", [MARKER, "1000"], {})
                finally:
                    os._exit(0)
            os.waitpid(pid, 0)
            _forked.append(pid)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
