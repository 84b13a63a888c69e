// list.sort: written in the next step.
import CPython
func listSortMethodSpecs() -> [MethodSpec] { [] }
