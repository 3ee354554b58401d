do
goto l
end

