// Type objects of the strings area: str, its iterator, bytes, bytearray and their iterators.
// initStringTypes() only fills static type fields (Lifecycle calls PyType_Ready afterwards).
import CPython

/// Permanent, zero-initialised slot tables.
func permanent<T>(_ value: T) -> UnsafeMutablePointer<T> {
    let p = UnsafeMutablePointer<T>.allocate(capacity: 1)
    p.initialize(to: value)
    return p
}

let strDoc = """
str(object='') -> str
str(bytes_or_buffer[, encoding[, errors]]) -> str

Create a new string object from the given object. If encoding or
errors is specified, then the object must expose a data buffer
that will be decoded using the given encoding and error handler.
Otherwise, returns the result of object.__str__() (if defined)
or repr(object).
encoding defaults to sys.getdefaultencoding().
errors defaults to 'strict'.
"""



/// Fills a raw-layout sequence iterator type (see makeSeqIterator).
func fillSeqIterType(_ t: PyTypeRef, name: String, next: @escaping @convention(c) (PyObjectRef?) -> PyObjectRef?) {
    t.pointee.tp_name = immortalCString(name)
    t.pointee.tp_basicsize = strIterSize
    t.pointee.tp_itemsize = 0
    t.pointee.tp_dealloc = rawSeqIterDealloc
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG)
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_iter = PyObject_SelfIter
    t.pointee.tp_iternext = next
    t.pointee.tp_methods = makeMethodTable([.noArgs("__length_hint__", rawSeqIterLengthHint)])
    t.pointee.tp_free = PyObject_Free
}

func initUnicodeType() {
    let t = SPyType_Unicode()
    t.pointee.tp_name = immortalCString("str")
    t.pointee.tp_basicsize = unicodeHeaderSize
    t.pointee.tp_itemsize = 0
    t.pointee.tp_dealloc = unicodeDealloc
    t.pointee.tp_repr = unicodeReprSlot
    t.pointee.tp_str = unicodeStrSlot
    t.pointee.tp_hash = unicodeHashSlot
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_richcompare = unicodeRichCompare
    t.pointee.tp_iter = unicodeIterSlot
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_UNICODE_SUBCLASS)
    t.pointee.tp_doc = immortalCString(strDoc)
    t.pointee.tp_new = unicodeNewSlot
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_free = PyObject_Free
    t.pointee.tp_methods = makeMethodTable(unicodeMethodSpecs())

    var nb = PyNumberMethods()
    nb.nb_remainder = unicodeRemainderSlot
    t.pointee.tp_as_number = permanent(nb)

    var sq = PySequenceMethods()
    sq.sq_length = unicodeLengthSlot
    sq.sq_concat = unicodeConcatSlot
    sq.sq_repeat = unicodeRepeatSlot
    sq.sq_item = unicodeItemSlot
    sq.sq_contains = unicodeContainsSlot
    t.pointee.tp_as_sequence = permanent(sq)

    var mp = PyMappingMethods()
    mp.mp_length = unicodeLengthSlot
    mp.mp_subscript = unicodeSubscriptSlot
    t.pointee.tp_as_mapping = permanent(mp)

    fillSeqIterType(SPyType_UnicodeIter(), name: "str_iterator", next: unicodeIterNext)
    strAsciiIterType.pointee.ob_base = PyVarObject(ob_base: PyObject(ob_refcnt: immortalRefcnt, ob_type: SPyType_()), ob_size: 0)
    fillSeqIterType(strAsciiIterType, name: "str_ascii_iterator", next: unicodeIterNext)
}

/// Sets up str, bytes, bytearray and their iterator types.
public func initStringTypes() {
    initUnicodeType()
    initBytesType()
    initByteArrayType()
}
