// initContainerTypes(): fills the static type objects of tuple, list, dict, set, frozenset, range,
// slice, the iterators, cell and capsule. Called once by Runtime/Lifecycle.swift before PyType_Ready.
import CPython

public func initContainerTypes() {
    initTupleType()
    initListType()
    initSeqIterTypes()
    initDictType()
    initSetTypes()
    initRangeTypes()
    initSliceType()
    initBuiltinIterTypes()
    initCellType()
    initCapsuleType()
}

/// Every static type this area fills (Lifecycle readies each with PyType_Ready).
public func containerStaticTypes() -> [PyTypeRef] {
    [SPyType_Tuple(), SPyType_List(), SPyType_Dict(), SPyType_DictKeys(), SPyType_DictValues(), SPyType_DictItems(),
     SPyType_Set(), SPyType_FrozenSet(), SPyType_Range(), SPyType_Slice(), SPyType_Cell(), SPyType_Capsule(),
     SPyType_SeqIter(), SPyType_CallIter(), SPyType_Enum(), SPyType_Reversed(), SPyType_Zip(), SPyType_Map(), SPyType_Filter(),
     SPyType_TupleIter(), SPyType_ListIter(), SPyType_ListRevIter(),
     SPyType_DictIterKey(), SPyType_DictIterValue(), SPyType_DictIterItem(),
     SPyType_DictRevIterKey(), SPyType_DictRevIterValue(), SPyType_DictRevIterItem(),
     SPyType_SetIter(), SPyType_RangeIter(), SPyType_LongRangeIter()]
}
