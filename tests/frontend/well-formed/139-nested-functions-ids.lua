local function a()
  local function b() end
  local function c()
    local function d() end
  end
end
local function e() end
