print("loading pkg_a.nested")
from .. import package_value as parent_value
