goto done
print("skipped")
::done::
