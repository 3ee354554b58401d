do
  do
    goto out
  end
end
::out::
