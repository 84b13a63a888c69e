// The eval loop (CPython's ceval.c): one function, a switch on the opcode, the value stack and
// locals as raw pointers. Hot opcodes are inline here with int/float/list fast paths; cold ones
// call non-inlined helpers in EvalOps.swift so this function's own stack frame stays small.
// Invariants: `sp` points one past the top of the value stack; every stack slot below sp holds an
// owned reference (nil only where an opcode documents it: LOAD_METHOD's "no method" marker).
import CPython
import SwiftPyFrontend

typealias StackPtr = UnsafeMutablePointer<PyObjectRef?>

/// Runs a frame (new, or a suspended generator frame). Returns the return/yielded value, or nil
/// with an exception set. `throwing`: start by raising the thread's current exception in the frame.
func evalFrame(_ f: FrameRef, throwing: Bool) -> PyObjectRef? {
    let tstate = vmTState()
    let depth = tstate.pointee.recursion_depth + 1
    tstate.pointee.recursion_depth = depth
    if depth > tstate.pointee.interp.pointee.recursion_limit, recursionOverflow(tstate, "") {
        tstate.pointee.recursion_depth = depth - 1
        return nil
    }
    let back = tstate.pointee.frame?.assumingMemoryBound(to: PyFrameObject.self)
    if let back { Py_INCREF(back.object) }
    if let old = f.pointee.f_back { Py_DECREF(old.object) }
    f.pointee.f_back = back
    tstate.pointee.frame = UnsafeMutableRawPointer(f)
    f.pointee.f_state = Int8(SPY_FRAME_EXECUTING)
    let r = runFrame(f, tstate, throwing)
    tstate.pointee.frame = UnsafeMutableRawPointer(back)
    tstate.pointee.recursion_depth = depth - 1
    return r
}

/// The eval-breaker check: cheap load; the slow path is the integrator's handleEvalBreaker().
@inline(__always) func evalBreakerTripped(_ tstate: UnsafeMutablePointer<PyThreadState>) -> Bool {
    SPy_EvalBreakerLoad(tstate.pointee.interp) != 0
}

@inline(__always) private func isSmallInt(_ o: PyObjectRef) -> Bool {
    o.pointee.ob_type == SPyType_Long() && o.cast(to: PyLongObject.self).pointee.ob_big == nil
}
@inline(__always) private func smallValue(_ o: PyObjectRef) -> Int { Int(o.cast(to: PyLongObject.self).pointee.ob_ival) }

private func runFrame(_ f: FrameRef, _ tstate: UnsafeMutablePointer<PyThreadState>, _ throwing: Bool) -> PyObjectRef? {
    let code = f.pointee.f_code!
    let instrs = code.pointee.co_code!
    let consts = code.pointee.co_consts_items!
    let names = code.pointee.co_names_items!
    let lp = f.localsplus
    let stackBase: StackPtr = f.pointee.f_valuestack!.withMemoryRebound(to: PyObjectRef?.self, capacity: 1) { $0 }
    let longType = SPyType_Long()
    let floatType = SPyType_Float()
    var sp: StackPtr = stackBase
    if let top = f.pointee.f_stacktop {
        sp = top.withMemoryRebound(to: PyObjectRef?.self, capacity: 1) { $0 }
        f.pointee.f_stacktop = nil
    }
    var pc = Int(f.pointee.f_lasti) + 1
    var retval: PyObjectRef? = nil
    var suspended = false
    // error path: add a traceback entry for this frame unless the exception is being re-raised
    var addTraceback = true
    // a throw() into a generator, or an exception from the eval breaker at entry, starts at the error path
    var startWithError = throwing || (evalBreakerTripped(tstate) && handleEvalBreaker() != 0)

    frameLoop: while true {
      if !startWithError {
        dispatch: while true {
            let word = instrs[pc]
            f.pointee.f_lasti = Int32(truncatingIfNeeded: pc)
            pc += 1
            let oparg = vmOparg(word)
            switch vmOpcode(word) {
            case .NOP:
                break
            case .LOAD_FAST:
                guard let v = lp[oparg] else { unboundLocalError(code, oparg); break dispatch }
                Py_INCREF(v); sp[0] = v; sp += 1
            case .LOAD_CONST:
                let v = consts[oparg]!
                Py_INCREF(v); sp[0] = v; sp += 1
            case .STORE_FAST:
                sp -= 1
                let old = lp[oparg]
                lp[oparg] = sp[0]
                if let old { Py_DECREF(old) }
            case .DELETE_FAST:
                guard let old = lp[oparg] else { unboundLocalError(code, oparg); break dispatch }
                lp[oparg] = nil; Py_DECREF(old)
            case .POP_TOP:
                sp -= 1; Py_DECREF(sp[0]!)
            case .ROT_TWO:
                let a = sp[-1]; sp[-1] = sp[-2]; sp[-2] = a
            case .ROT_THREE:
                let top = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = top
            case .ROT_FOUR:
                let top = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[-4]; sp[-4] = top
            case .DUP_TOP:
                let v = sp[-1]!; Py_INCREF(v); sp[0] = v; sp += 1
            case .DUP_TOP_TWO:
                let a = sp[-2]!, b = sp[-1]!
                Py_INCREF(a); Py_INCREF(b); sp[0] = a; sp[1] = b; sp += 2

            case .BINARY_OP:
                let r = sp[-1]!, l = sp[-2]!
                var res: PyObjectRef? = nil
                if l.pointee.ob_type == longType && r.pointee.ob_type == longType
                    && l.cast(to: PyLongObject.self).pointee.ob_big == nil && r.cast(to: PyLongObject.self).pointee.ob_big == nil {
                    let a = smallValue(l), b = smallValue(r)
                    switch oparg {
                    case BinOp.add, BinOp.inplaceAdd:
                        let (s, o) = a.addingReportingOverflow(b)
                        if !o { res = pyInt(s) }
                    case BinOp.subtract, BinOp.inplaceSubtract:
                        let (s, o) = a.subtractingReportingOverflow(b)
                        if !o { res = pyInt(s) }
                    default: break
                    }
                } else if l.pointee.ob_type == floatType && r.pointee.ob_type == floatType {
                    let a = l.cast(to: PyFloatObject.self).pointee.ob_fval, b = r.cast(to: PyFloatObject.self).pointee.ob_fval
                    switch oparg {
                    case BinOp.add, BinOp.inplaceAdd: res = PyFloat_FromDouble(a + b)
                    case BinOp.subtract, BinOp.inplaceSubtract: res = PyFloat_FromDouble(a - b)
                    case BinOp.multiply, BinOp.multiply + 13: res = PyFloat_FromDouble(a * b)
                    case BinOp.trueDivide, BinOp.trueDivide + 13: if b != 0 { res = PyFloat_FromDouble(a / b) }
                    default: break
                    }
                }
                if res == nil {
                    res = binaryOpSlow(oparg, l, r)
                    if res == nil { break dispatch }
                }
                sp -= 1
                Py_DECREF(l); Py_DECREF(r)
                sp[-1] = res

            case .COMPARE_OP:
                let r = sp[-1]!, l = sp[-2]!
                var res: PyObjectRef
                if isSmallInt(l) && isSmallInt(r) {
                    let a = smallValue(l), b = smallValue(r)
                    let c: Bool
                    switch Int32(oparg) {
                    case Py_LT: c = a < b
                    case Py_LE: c = a <= b
                    case Py_EQ: c = a == b
                    case Py_NE: c = a != b
                    case Py_GT: c = a > b
                    default: c = a >= b
                    }
                    res = c ? pyTrue : pyFalse
                    Py_INCREF(res)
                } else {
                    guard let x = PyObject_RichCompare(l, r, Int32(oparg)) else { break dispatch }
                    res = x
                }
                sp -= 1
                Py_DECREF(l); Py_DECREF(r)
                // fused compare-and-branch
                let next = instrs[pc]
                let nop = vmOpcode(next)
                if nop == .POP_JUMP_IF_FALSE || nop == .POP_JUMP_IF_TRUE {
                    if res == pyTrue || res == pyFalse {
                        sp -= 1
                        let truth = res == pyTrue
                        Py_DECREF(res)
                        f.pointee.f_lasti = Int32(truncatingIfNeeded: pc)
                        pc += 1
                        if truth == (nop == .POP_JUMP_IF_TRUE) { pc = vmOparg(next) }
                        continue dispatch
                    }
                }
                sp[-1] = res

            case .IS_OP:
                let r = sp[-1]!, l = sp[-2]!
                let b = (l == r) != (oparg == 1)
                sp -= 1
                Py_DECREF(l); Py_DECREF(r)
                sp[-1] = pyBool(b)
            case .CONTAINS_OP:
                let r = sp[-1]!, l = sp[-2]!
                let c = PySequence_Contains(r, l)
                if c < 0 { break dispatch }
                sp -= 1
                Py_DECREF(l); Py_DECREF(r)
                sp[-1] = pyBool((c == 1) != (oparg == 1))

            case .BINARY_SUBSCR:
                let key = sp[-1]!, container = sp[-2]!
                var res: PyObjectRef? = nil
                if isSmallInt(key) {
                    var i = smallValue(key)
                    let ct = container.pointee.ob_type
                    if ct == SPyType_List() {
                        let n = vmListSize(container)
                        if i < 0 { i += n }
                        if i >= 0 && i < n { res = vmListItems(container)[i]; Py_INCREF(res!) }
                    } else if ct == SPyType_Tuple() {
                        let n = vmTupleSize(container)
                        if i < 0 { i += n }
                        if i >= 0 && i < n { res = vmTupleItems(container)[i]; Py_INCREF(res!) }
                    }
                }
                if res == nil {
                    res = PyObject_GetItem(container, key)
                    if res == nil { break dispatch }
                }
                sp -= 1
                Py_DECREF(container); Py_DECREF(key)
                sp[-1] = res
            case .STORE_SUBSCR:
                let key = sp[-1]!, container = sp[-2]!, value = sp[-3]!
                var done = false
                if isSmallInt(key) && container.pointee.ob_type == SPyType_List() {
                    var i = smallValue(key)
                    let n = vmListSize(container)
                    if i < 0 { i += n }
                    if i >= 0 && i < n {
                        let items = vmListItems(container)
                        let old = items[i]
                        items[i] = value          // steals the stack's reference
                        if let old { Py_DECREF(old) }
                        sp -= 3
                        Py_DECREF(container); Py_DECREF(key)
                        done = true
                    }
                }
                if !done {
                    let err = PyObject_SetItem(container, key, value)
                    sp -= 3
                    Py_DECREF(value); Py_DECREF(container); Py_DECREF(key)
                    if err != 0 { break dispatch }
                }
            case .DELETE_SUBSCR:
                let key = sp[-1]!, container = sp[-2]!
                let err = PyObject_DelItem(container, key)
                sp -= 2
                Py_DECREF(container); Py_DECREF(key)
                if err != 0 { break dispatch }

            case .UNARY_POSITIVE, .UNARY_NEGATIVE, .UNARY_INVERT:
                let v = sp[-1]!
                let op = vmOpcode(word)
                let res = op == .UNARY_POSITIVE ? PyNumber_Positive(v) : op == .UNARY_NEGATIVE ? PyNumber_Negative(v) : PyNumber_Invert(v)
                guard let res else { break dispatch }
                Py_DECREF(v); sp[-1] = res
            case .UNARY_NOT:
                let v = sp[-1]!
                let t = PyObject_IsTrue(v)
                if t < 0 { break dispatch }
                Py_DECREF(v); sp[-1] = pyBool(t == 0)

            case .LOAD_GLOBAL:
                let globals = f.pointee.f_globals!, builtins = f.pointee.f_builtins!
                let cache = code.pointee.co_globalcache! + oparg
                let g = globals.cast(to: PyDictObject.self), b = builtins.cast(to: PyDictObject.self)
                if cache.pointee.globals == UnsafeMutableRawPointer(globals) && cache.pointee.globals_ver == g.pointee.ma_version_tag
                    && cache.pointee.builtins == UnsafeMutableRawPointer(builtins) && cache.pointee.builtins_ver == b.pointee.ma_version_tag,
                   let v = cache.pointee.value {
                    Py_INCREF(v); sp[0] = v; sp += 1
                } else {
                    guard let v = loadGlobalSlow(globals, builtins, names[oparg]!, cache) else { break dispatch }
                    sp[0] = v; sp += 1
                }

            case .LOAD_ATTR:
                let owner = sp[-1]!
                guard let res = PyObject_GetAttr(owner, names[oparg]!) else { break dispatch }
                Py_DECREF(owner); sp[-1] = res
            case .STORE_ATTR:
                let owner = sp[-1]!, value = sp[-2]!
                let err = PyObject_SetAttr(owner, names[oparg]!, value)
                sp -= 2
                Py_DECREF(owner); Py_DECREF(value)
                if err != 0 { break dispatch }
            case .DELETE_ATTR:
                let owner = sp[-1]!
                let err = PyObject_SetAttr(owner, names[oparg]!, nil)
                sp -= 1; Py_DECREF(owner)
                if err != 0 { break dispatch }
            case .LOAD_METHOD:
                // [obj] -> [meth, obj] if an unbound method was found, else [nil, attr]
                let obj = sp[-1]!
                let tp = obj.pointee.ob_type!
                let cache = code.pointee.co_globalcache! + oparg
                if cache.pointee.method_type == tp && cache.pointee.method_version == tp.pointee.tp_version_tag
                    && tp.pointee.tp_flags & UInt(Py_TPFLAGS_VALID_VERSION_TAG) != 0, let m = cache.pointee.method {
                    Py_INCREF(m); sp[-1] = m; sp[0] = obj; sp += 1
                    break
                }
                var meth: PyObjectRef? = nil
                let found = getMethodFillingCache(obj, names[oparg]!, &meth, cache)
                guard let m = meth else { break dispatch }
                if found {
                    sp[-1] = m; sp[0] = obj; sp += 1
                } else {
                    sp[-1] = nil; Py_DECREF(obj); sp[0] = m; sp += 1
                }

            case .CALL_METHOD:
                let res: PyObjectRef?
                let funcSlot: StackPtr
                if let meth = sp[-oparg - 2] {
                    funcSlot = sp - oparg - 2
                    res = vmCallInline(meth, funcSlot + 1, oparg + 1, nil, tstate)
                } else {
                    funcSlot = sp - oparg - 1
                    res = vmCallInline(funcSlot[0]!, funcSlot + 1, oparg, nil, tstate)
                }
                var p = funcSlot
                while p < sp { if let o = p[0] { Py_DECREF(o) }; p += 1 }
                sp = sp - oparg - 2
                guard let res else { break dispatch }
                sp[0] = res; sp += 1
                if evalBreakerTripped(tstate), handleEvalBreaker() != 0 { break dispatch }
            case .CALL_METHOD_KW:
                // [meth|nil, self|callable, args..., kwnames]; oparg counts positional + keyword arguments
                let kwnames = sp[-1]!
                let npos = oparg - vmTupleSize(kwnames)
                let res: PyObjectRef?
                if let meth = sp[-oparg - 3] {
                    res = vmCallInline(meth, sp - oparg - 2, npos + 1, kwnames, tstate)
                } else {
                    res = vmCallInline(sp[-oparg - 2]!, sp - oparg - 1, npos, kwnames, tstate)
                }
                var p = sp - oparg - 3
                while p < sp { if let o = p[0] { Py_DECREF(o) }; p += 1 }
                sp = sp - oparg - 3
                guard let res else { break dispatch }
                sp[0] = res; sp += 1
                if evalBreakerTripped(tstate), handleEvalBreaker() != 0 { break dispatch }
            case .CALL_FUNCTION:
                let funcSlot = sp - oparg - 1
                let res = vmCallInline(funcSlot[0]!, funcSlot + 1, oparg, nil, tstate)
                var p = funcSlot
                while p < sp { Py_DECREF(p[0]!); p += 1 }
                sp = funcSlot
                guard let res else { break dispatch }
                sp[0] = res; sp += 1
                if evalBreakerTripped(tstate), handleEvalBreaker() != 0 { break dispatch }
            case .CALL_FUNCTION_KW:
                let kwnames = sp[-1]!
                let funcSlot = sp - oparg - 2
                let nkw = vmTupleSize(kwnames)
                let res = vmCallInline(funcSlot[0]!, funcSlot + 1, oparg - nkw, kwnames, tstate)
                var p = funcSlot
                while p < sp { Py_DECREF(p[0]!); p += 1 }
                sp = funcSlot
                guard let res else { break dispatch }
                sp[0] = res; sp += 1
                if evalBreakerTripped(tstate), handleEvalBreaker() != 0 { break dispatch }
            case .CALL_FUNCTION_EX:
                var spx = sp   // a copy: taking &sp would pin sp to memory in the whole loop
                let ok = opCallFunctionEx(&spx, oparg)
                sp = spx
                guard ok else { break dispatch }
                if evalBreakerTripped(tstate), handleEvalBreaker() != 0 { break dispatch }

            case .RETURN_VALUE:
                sp -= 1
                retval = sp[0]
                f.pointee.f_state = Int8(SPY_FRAME_RETURNED)
                break frameLoop

            case .JUMP_FORWARD:
                pc = oparg
            case .JUMP_BACKWARD:
                pc = oparg
                if evalBreakerTripped(tstate), handleEvalBreaker() != 0 { break dispatch }
            case .POP_JUMP_IF_FALSE:
                sp -= 1
                let v = sp[0]!
                if v == pyFalse { Py_DECREF(v); pc = oparg }
                else if v == pyTrue || v == pyNone { Py_DECREF(v); if v == pyNone { pc = oparg } }
                else {
                    let t = PyObject_IsTrue(v)
                    Py_DECREF(v)
                    if t < 0 { break dispatch }
                    if t == 0 { pc = oparg }
                }
            case .POP_JUMP_IF_TRUE:
                sp -= 1
                let v = sp[0]!
                if v == pyTrue { Py_DECREF(v); pc = oparg }
                else if v == pyFalse || v == pyNone { Py_DECREF(v) }
                else {
                    let t = PyObject_IsTrue(v)
                    Py_DECREF(v)
                    if t < 0 { break dispatch }
                    if t > 0 { pc = oparg }
                }
            case .JUMP_IF_FALSE_OR_POP, .JUMP_IF_TRUE_OR_POP:
                let v = sp[-1]!
                let t = PyObject_IsTrue(v)
                if t < 0 { break dispatch }
                if (t == 1) == (vmOpcode(word) == .JUMP_IF_TRUE_OR_POP) { pc = oparg }
                else { sp -= 1; Py_DECREF(v) }

            case .GET_ITER:
                let v = sp[-1]!
                guard let it = PyObject_GetIter(v) else { break dispatch }
                Py_DECREF(v); sp[-1] = it
            case .FOR_ITER:
                let it = sp[-1]!
                if let next = it.pointee.ob_type.pointee.tp_iternext?(it) {
                    sp[0] = next; sp += 1
                } else {
                    if let exc = tstate.pointee.curexc {
                        guard PyObject_TypeCheck(exc, PyExc_StopIteration.asType) != 0 else { break dispatch }
                        PyErr_Clear()
                    }
                    sp -= 1; Py_DECREF(it)
                    pc = oparg
                }

            case .BUILD_TUPLE:
                guard let t = PyTuple_New(oparg) else { break dispatch }
                let items = vmTupleItems(t)
                sp -= oparg
                for i in 0..<oparg { items[i] = sp[i] }
                sp[0] = t; sp += 1
            case .BUILD_LIST:
                guard let l = PyList_New(oparg) else { break dispatch }
                sp -= oparg
                if oparg > 0 {
                    let items = vmListItems(l)
                    for i in 0..<oparg { items[i] = sp[i] }
                }
                sp[0] = l; sp += 1
            case .LIST_APPEND:
                let v = sp[-1]!
                let list = sp[-oparg - 1]!
                let err = PyList_Append(list, v)
                sp -= 1; Py_DECREF(v)
                if err != 0 { break dispatch }

            case .LOAD_DEREF:
                let cell = lp[Int(code.pointee.co_nlocals) + oparg]!
                guard let v = cell.cast(to: PyCellObject.self).pointee.ob_ref else { unboundDerefError(code, oparg); break dispatch }
                Py_INCREF(v); sp[0] = v; sp += 1
            case .STORE_DEREF:
                sp -= 1
                let cell = lp[Int(code.pointee.co_nlocals) + oparg]!.cast(to: PyCellObject.self)
                let old = cell.pointee.ob_ref
                cell.pointee.ob_ref = sp[0]
                if let old { Py_DECREF(old) }
            case .LOAD_CLOSURE:
                let cell = lp[Int(code.pointee.co_nlocals) + oparg]!
                Py_INCREF(cell); sp[0] = cell; sp += 1

            case .SETUP_FINALLY:
                pushBlock(f, BLOCK_SETUP_FINALLY, Int32(oparg), Int32(sp - stackBase))
            case .POP_BLOCK:
                f.pointee.f_iblock -= 1
            case .POP_EXCEPT:
                f.pointee.f_iblock -= 1     // the EXCEPT_HANDLER block
                sp -= 1
                setHandledException(tstate, sp[0]!)
            case .JUMP_IF_NOT_EXC_MATCH:
                let right = sp[-1]!, left = sp[-2]!
                guard checkExceptMatchType(right) else { break dispatch }
                let m = PyErr_GivenExceptionMatches(left, right)
                sp -= 2
                Py_DECREF(left); Py_DECREF(right)
                if m == 0 { pc = oparg }
            case .RERAISE:
                sp -= 1
                let exc = sp[0]!
                if oparg != 0, f.pointee.f_iblock > 0 {
                    let b = withUnsafeMutableBytes(of: &f.pointee.f_blockstack) { $0.baseAddress!.assumingMemoryBound(to: PyTryBlock.self)[Int(f.pointee.f_iblock) - 1] }
                    if b.b_type == BLOCK_EXCEPT_HANDLER { f.pointee.f_lasti = b.b_handler }
                }
                restoreRaised(tstate, exc)
                addTraceback = false
                break dispatch
            case .END_ASYNC_FOR:
                // [aiter, prev, exc] with an EXCEPT_HANDLER block: StopAsyncIteration ends the loop
                sp -= 1
                let exc = sp[0]!
                if PyErr_GivenExceptionMatches(exc, PyExc_StopAsyncIteration) != 0 {
                    Py_DECREF(exc)
                    f.pointee.f_iblock -= 1
                    sp -= 1
                    setHandledException(tstate, sp[0]!)
                    sp -= 1
                    Py_DECREF(sp[0]!)
                } else {
                    restoreRaised(tstate, exc)
                    addTraceback = false
                    break dispatch
                }
            case .RAISE_VARARGS:
                var spx = sp
                let reraise = opRaise(&spx, oparg, tstate)
                sp = spx
                if reraise { addTraceback = false }
                break dispatch

            case .YIELD_VALUE:
                sp -= 1
                retval = sp[0]
                if (code.pointee.co_flags & CO_ASYNC_GENERATOR) != 0 {
                    // an async generator's own yields are wrapped (told apart from awaits passing through)
                    let w = asyncGenWrap(retval!)
                    Py_DECREF(retval!)
                    guard let w else { retval = nil; break dispatch }
                    retval = w
                }
                f.pointee.f_state = Int8(SPY_FRAME_SUSPENDED)
                suspended = true
                break frameLoop
            case .YIELD_FROM:
                sp -= 1
                let v = sp[0]!
                let receiver = sp[-1]!
                var out: PyObjectRef? = nil
                let status = yieldFromSend(receiver, v, &out)
                Py_DECREF(v)
                if status == PYGEN_ERROR { break dispatch }
                if status == PYGEN_RETURN {
                    sp[-1] = out; Py_DECREF(receiver)
                } else {
                    retval = out
                    f.pointee.f_lasti = Int32(truncatingIfNeeded: pc - 2)
                    f.pointee.f_state = Int8(SPY_FRAME_SUSPENDED)
                    suspended = true
                    break frameLoop
                }

            // Every opcode is listed (no default): the jump table then needs no range check.
            case .LOAD_NAME, .STORE_NAME, .DELETE_NAME, .STORE_GLOBAL, .DELETE_GLOBAL, .DELETE_DEREF, .LOAD_CLASSDEREF,
                 .BUILD_SET, .BUILD_MAP, .BUILD_CONST_KEY_MAP, .BUILD_STRING, .BUILD_SLICE, .SET_ADD, .MAP_ADD,
                 .LIST_EXTEND, .SET_UPDATE, .DICT_UPDATE, .DICT_MERGE, .LIST_TO_TUPLE, .UNPACK_SEQUENCE, .UNPACK_EX,
                 .FORMAT_VALUE, .MAKE_FUNCTION, .LOAD_BUILD_CLASS, .SETUP_WITH, .WITH_EXCEPT_START,
                 .LOAD_ASSERTION_ERROR, .GET_YIELD_FROM_ITER, .IMPORT_NAME, .IMPORT_FROM, .IMPORT_STAR,
                 .SETUP_ANNOTATIONS, .PRINT_EXPR, .COPY, .SWAP, .GET_LEN, .MATCH_MAPPING, .MATCH_SEQUENCE, .MATCH_KEYS,
                 .MATCH_CLASS, .COPY_DICT_WITHOUT_KEYS, .CHECK_EG_MATCH, .PREP_RERAISE_STAR, .GET_AWAITABLE,
                 .GET_AITER, .GET_ANEXT, .BEFORE_ASYNC_WITH, .SETUP_ASYNC_WITH:
                var spx = sp, pcx = pc   // copies keep sp and pc in registers in the hot opcodes
                let ok = executeColdOp(vmOpcode(word), oparg, f, &spx, &pcx, tstate)
                sp = spx; pc = pcx
                guard ok else { break dispatch }
            }
        }
      }
        startWithError = false
        // ---- error: an exception is set in tstate ----
        if addTraceback {
            if let exc = tstate.pointee.curexc {
                chainHandledContext(tstate, exc)
                tracebackHere(f, exc)
            } else {
                setError(PyExc_SystemError, "error return without exception set")
                tracebackHere(f, tstate.pointee.curexc!)
            }
        }
        addTraceback = true
        // ---- unwind the block stack ----
        while f.pointee.f_iblock > 0 {
            f.pointee.f_iblock -= 1
            let b = blockAt(f, Int(f.pointee.f_iblock))
            if b.b_type == BLOCK_EXCEPT_HANDLER {
                let level = stackBase + Int(b.b_level)
                while sp > level + 1 { sp -= 1; if let o = sp[0] { Py_DECREF(o) } }
                sp -= 1
                setHandledException(tstate, sp[0]!)
                continue
            }
            // SETUP_FINALLY: enter the handler with [previous handled exc, exc] on the stack
            let level = stackBase + Int(b.b_level)
            while sp > level { sp -= 1; if let o = sp[0] { Py_DECREF(o) } }
            let exc = tstate.pointee.curexc!
            tstate.pointee.curexc = nil
            pushBlock(f, BLOCK_EXCEPT_HANDLER, f.pointee.f_lasti, Int32(sp - stackBase))
            sp[0] = tstate.pointee.exc_info ?? { Py_INCREF(pyNone); return pyNone }()
            sp += 1
            Py_INCREF(exc)
            tstate.pointee.exc_info = exc
            sp[0] = exc; sp += 1
            pc = Int(b.b_handler)
            continue frameLoop
        }
        // no handler: pop everything, propagate
        while sp > stackBase { sp -= 1; if let o = sp[0] { Py_DECREF(o) } }
        f.pointee.f_state = Int8(SPY_FRAME_RAISED)
        retval = nil
        break frameLoop
    }
    if suspended {
        f.pointee.f_stacktop = sp.withMemoryRebound(to: UnsafeMutablePointer<PyObject>?.self, capacity: 1) { $0 }
    } else {
        while sp > stackBase { sp -= 1; if let o = sp[0] { Py_DECREF(o) } }
    }
    return retval
}

@inline(__always) func pushBlock(_ f: FrameRef, _ type: Int32, _ handler: Int32, _ level: Int32) {
    let i = Int(f.pointee.f_iblock)
    withUnsafeMutableBytes(of: &f.pointee.f_blockstack) {
        $0.baseAddress!.assumingMemoryBound(to: PyTryBlock.self)[i] = PyTryBlock(b_type: type, b_handler: handler, b_level: level)
    }
    f.pointee.f_iblock = Int32(i + 1)
}
@inline(__always) func blockAt(_ f: FrameRef, _ i: Int) -> PyTryBlock {
    withUnsafeMutableBytes(of: &f.pointee.f_blockstack) { $0.baseAddress!.assumingMemoryBound(to: PyTryBlock.self)[i] }
}

/// Sets the handled exception (sys.exc_info) from a stack value; steals `v` (None means "none").
@inline(__always) func setHandledException(_ tstate: UnsafeMutablePointer<PyThreadState>, _ v: PyObjectRef) {
    let old = tstate.pointee.exc_info
    if v == pyNone { Py_DECREF(v); tstate.pointee.exc_info = nil } else { tstate.pointee.exc_info = v }
    if let old { Py_DECREF(old) }
}

/// Makes `exc` (stolen) the raised exception.
@inline(__always) func restoreRaised(_ tstate: UnsafeMutablePointer<PyThreadState>, _ exc: PyObjectRef) {
    let old = tstate.pointee.curexc
    tstate.pointee.curexc = exc
    if let old { Py_DECREF(old) }
}

/// PY_VECTORCALL_ARGUMENTS_OFFSET as a Swift Int.
let vmVectorcallArgumentsOffset = Int(bitPattern: UInt(1) << 63)

/// vmCall from the eval loop: built-ins with METH_O, METH_NOARGS, METH_FASTCALL(|METH_KEYWORDS) are
/// called right here (CPython 3.11's CALL_NO_KW_BUILTIN_O/FAST and CALL_BUILTIN_FAST_WITH_KEYWORDS);
/// the result-xor-exception check stays (a bad extension gets a SystemError, not a crash).
@inline(__always)
func vmCallInline(_ callable: PyObjectRef, _ args: StackPtr, _ nargs: Int, _ kwnames: PyObjectRef?,
                  _ ts: UnsafeMutablePointer<PyThreadState>) -> PyObjectRef? {
    let type = callable.pointee.ob_type
    if type == SPyType_MethodDescr() { return methodDescrCallInline(callable, args, nargs, kwnames, ts) }
    guard type == SPyType_CFunction() else { return vmCallOther(callable, args, nargs, kwnames) }
    let c = cfunctionFields(callable)
    let ml = c.pointee.m_ml!
    let flags = ml.pointee.ml_flags
    let depth = ts.pointee.recursion_depth + 1
    guard depth <= ts.pointee.interp.pointee.recursion_limit, let meth = ml.pointee.ml_meth else {
        return cfunctionCallFromEval(callable, UnsafePointer(args), nargs, kwnames)
    }
    let self_ = flags & METH_STATIC != 0 ? nil : c.pointee.m_self
    let r: PyObjectRef?
    switch flags & (METH_VARARGS | METH_FASTCALL | METH_NOARGS | METH_O | METH_KEYWORDS | METH_METHOD) {
    case METH_O where nargs == 1 && kwnames == nil:
        ts.pointee.recursion_depth = depth
        r = meth(self_, args[0])
    case METH_FASTCALL where kwnames == nil:
        ts.pointee.recursion_depth = depth
        r = unsafeBitCast(meth, to: _PyCFunctionFast.self)(self_, UnsafePointer(args), nargs)
    case METH_FASTCALL | METH_KEYWORDS:
        ts.pointee.recursion_depth = depth
        r = unsafeBitCast(meth, to: _PyCFunctionFastWithKeywords.self)(self_, UnsafePointer(args), nargs, kwnames)
    case METH_NOARGS where nargs == 0 && kwnames == nil:
        ts.pointee.recursion_depth = depth
        r = meth(self_, nil)
    default:
        return cfunctionCallFromEval(callable, UnsafePointer(args), nargs, kwnames)
    }
    ts.pointee.recursion_depth = depth - 1
    if (r == nil) != (ts.pointee.curexc != nil) { return cfunctionBadResult(callable, r) }
    return r
}

/// A method descriptor called with its self of the exact type first (what LOAD_METHOD/CALL_METHOD give
/// for `obj.m(...)` on a built-in or extension type): METH_O, METH_NOARGS, METH_FASTCALL(|METH_KEYWORDS)
/// are called right here (CPython 3.11's CALL_NO_KW_METHOD_DESCRIPTOR_*); the rest, subclass instances
/// and errors go through the descriptor's vectorcall.
@inline(__always)
func methodDescrCallInline(_ d: PyObjectRef, _ args: StackPtr, _ nargs: Int, _ kwnames: PyObjectRef?,
                           _ ts: UnsafeMutablePointer<PyThreadState>) -> PyObjectRef? {
    let ml = methodDescrDef(d)
    let depth = ts.pointee.recursion_depth + 1
    guard nargs >= 1, let self_ = args[0], self_.pointee.ob_type == descrType(d),
          depth <= ts.pointee.interp.pointee.recursion_limit, let meth = ml.pointee.ml_meth else {
        return vmCallOther(d, args, nargs, kwnames)
    }
    let r: PyObjectRef?
    switch ml.pointee.ml_flags & (METH_VARARGS | METH_FASTCALL | METH_NOARGS | METH_O | METH_KEYWORDS | METH_METHOD) {
    case METH_O where nargs == 2 && kwnames == nil:
        ts.pointee.recursion_depth = depth
        r = meth(self_, args[1])
    case METH_NOARGS where nargs == 1 && kwnames == nil:
        ts.pointee.recursion_depth = depth
        r = meth(self_, nil)
    case METH_FASTCALL where kwnames == nil:
        ts.pointee.recursion_depth = depth
        r = unsafeBitCast(meth, to: _PyCFunctionFast.self)(self_, UnsafePointer(args + 1), nargs - 1)
    case METH_FASTCALL | METH_KEYWORDS:
        ts.pointee.recursion_depth = depth
        r = unsafeBitCast(meth, to: _PyCFunctionFastWithKeywords.self)(self_, UnsafePointer(args + 1), nargs - 1, kwnames)
    default:
        return vmCallOther(d, args, nargs, kwnames)
    }
    ts.pointee.recursion_depth = depth - 1
    if (r == nil) != (ts.pointee.curexc != nil) { return cfunctionBadResult(d, r) }
    return r
}

/// vmCall of anything but a built-in function: Python functions are entered directly, the rest vectorcalled.
@inline(never)
func vmCallOther(_ callable: PyObjectRef, _ args: StackPtr, _ nargs: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    if callable.pointee.ob_type == SPyType_Function() {
        return functionCall(callable, UnsafePointer(args), nargs, kwnames)
    }
    return PyObject_Vectorcall(callable, UnsafePointer(args), nargs | vmVectorcallArgumentsOffset, kwnames)
}
