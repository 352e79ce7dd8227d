# verdict: compile_error
# why: an empty file (these comments aside) has no entry point
