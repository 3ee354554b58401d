if a then b() end
if a then b() else c() end
if a then b() elseif c then d() elseif e then f() else g() end
