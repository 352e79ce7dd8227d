# verdict: runtime_error
# why: the file ends the process while it is being loaded
import os

os._exit(0)
