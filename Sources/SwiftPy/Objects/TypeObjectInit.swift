// initCoreTypes: fills the static type objects of the type-system area. Lifecycle.swift calls it
// before PyType_Ready runs on every static type (object and type first). No Python code runs here.
import CPython

public func initCoreTypes() {
    readLeakCountingEnvironment()
    initTypeType()
    initObjectType()
    initSingletonTypes()
    initCFunctionType()
    initMethodType()
    initDescriptorTypes()
    initClassMethodTypes()
    initPropertyType()
    initSuperType()
    initMappingProxyType()
    initGenericAliasType()
    initUnionType()
}

/// The static types this area owns, in the order PyType_Ready should see them.
public func coreStaticTypes() -> [PyTypeRef] {
    [SPyType_BaseObject(), SPyType_(), SPyType_None(), SPyType_NotImplemented(), SPyType_Ellipsis(),
     SPyType_CFunction(), SPyType_Method(), SPyType_MethodDescr(), SPyType_ClassMethodDescr(),
     SPyType_MemberDescr(), SPyType_GetSetDescr(), SPyType_WrapperDescr(), SPyType_MethodWrapper(),
     SPyType_ClassMethod(), SPyType_StaticMethod(), SPyType_Property(), SPyType_Super(), SPyType_DictProxy(),
     SPyType_GenericAlias(), SPyType_Union()]
}
