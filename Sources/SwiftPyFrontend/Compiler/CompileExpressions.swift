// Expressions: operators, short-circuit logic, comparisons, conditional jumps, collection
// displays, calls, f-strings, constants.

extension CodeGenerator {
    func compileExpr(_ e: Expr) throws(SyntaxError) {
        let saved = u.loc
        u.loc = e.loc
        defer { u.loc = saved }
        if let c = constantValue(e) {
            loadConst(c)
            return
        }
        switch e.kind {
        case .boolOp(let op, let values):
            let end = newLabel()
            let jumpOp: Opcode = op == .and ? .JUMP_IF_FALSE_OR_POP : .JUMP_IF_TRUE_OR_POP
            for v in values.dropLast() {
                try compileExpr(v)
                jump(jumpOp, end)
            }
            try compileExpr(values[values.count - 1])
            bind(end)
        case .namedExpr(let target, let value):
            try compileExpr(value)
            emit(.DUP_TOP)
            try compileStore(target)
        case .binOp(let left, let op, let right):
            try compileExpr(left)
            try compileExpr(right)
            emit(.BINARY_OP, binaryOperator(op).rawValue)
        case .unaryOp(let op, let operand):
            try compileExpr(operand)
            switch op {
            case .invert: emit(.UNARY_INVERT)
            case .not: emit(.UNARY_NOT)
            case .uAdd: emit(.UNARY_POSITIVE)
            case .uSub: emit(.UNARY_NEGATIVE)
            }
        case .lambda(let args, let body):
            try compileLambda(e, args, body)
        case .ifExp(let test, let body, let orelse):
            let end = newLabel(), next = newLabel()
            try jumpIf(test, next, false)
            try compileExpr(body)
            jump(.JUMP_FORWARD, end)
            bind(next)
            try compileExpr(orelse)
            bind(end)
        case .dict(let keys, let values):
            try compileDict(keys, values)
        case .set(let elts):
            try starUnpack(elts, pushed: 0, build: .BUILD_SET, add: .SET_ADD, extend: .SET_UPDATE, tuple: false)
        case .listComp(let elt, let gens):
            try compileComprehension(e, "<listcomp>", .list, gens, elt, nil)
        case .setComp(let elt, let gens):
            try compileComprehension(e, "<setcomp>", .set, gens, elt, nil)
        case .dictComp(let key, let value, let gens):
            try compileComprehension(e, "<dictcomp>", .dict, gens, key, value)
        case .generatorExp(let elt, let gens):
            try compileComprehension(e, "<genexpr>", .generator, gens, elt, nil)
        case .yield(let value):
            if u.ste.type != .function { throw error("'yield' outside function") }
            if let v = value { try compileExpr(v) } else { loadConst(.none) }
            emit(.YIELD_VALUE)
        case .yieldFrom(let value):
            if u.ste.type != .function { throw error("'yield' outside function") }
            if u.isAsyncFunction { throw error("'yield from' inside async function") }
            try compileExpr(value)
            emit(.GET_YIELD_FROM_ITER)
            loadConst(.none)
            emit(.YIELD_FROM)
        case .await:
            if u.ste.type != .function { throw error("'await' outside function") }
            if u.scopeType != .comprehension && !u.isAsyncFunction { throw error("'await' outside async function") }
            guard case .await(let value) = e.kind else { break }
            try compileExpr(value)
            emitAwait(0)
        case .compare(let left, let ops, let comparators):
            try compileCompare(left, ops, comparators)
        case .call(let fn, let args, let keywords):
            try compileCall(fn, args, keywords)
        case .formattedValue(let value, let conversion, let spec):
            try compileExpr(value)
            var arg: Int
            switch conversion {
            case 115: arg = FormatConversion.str.rawValue      // 's'
            case 114: arg = FormatConversion.repr.rawValue     // 'r'
            case 97: arg = FormatConversion.ascii.rawValue     // 'a'
            default: arg = FormatConversion.none.rawValue
            }
            if let s = spec {
                try compileExpr(s)
                arg |= FormatConversion.hasSpec
            }
            emit(.FORMAT_VALUE, arg)
        case .joinedStr(let values):
            if values.count > stackUseGuideline {
                loadConst(.string(""))
                emit(.LOAD_METHOD, u.nameSlot("join"))
                emit(.BUILD_LIST, 0)
                for v in values {
                    try compileExpr(v)
                    emit(.LIST_APPEND, 1)
                }
                emit(.CALL_METHOD, 1)
            } else {
                for v in values { try compileExpr(v) }
                if values.count != 1 { emit(.BUILD_STRING, values.count) }
            }
        case .constant(let v, _):
            loadConst(constant(from: v))
        case .attribute(let value, let attr, let ctx):
            try compileExpr(value)
            switch ctx {
            case .load: emitName(.LOAD_ATTR, attr)
            case .store: emitName(.STORE_ATTR, attr)
            case .del: emitName(.DELETE_ATTR, attr)
            }
        case .subscript(let value, let slice, let ctx):
            try compileExpr(value)
            try compileExpr(slice)
            emit(ctx == .load ? .BINARY_SUBSCR : ctx == .store ? .STORE_SUBSCR : .DELETE_SUBSCR)
        case .starred(_, let ctx):
            if ctx == .store { throw error("starred assignment target must be in a list or tuple") }
            throw error("can't use starred expression here")
        case .slice(let lower, let upper, let step):
            if let x = lower { try compileExpr(x) } else { loadConst(.none) }
            if let x = upper { try compileExpr(x) } else { loadConst(.none) }
            if let x = step {
                try compileExpr(x)
                emit(.BUILD_SLICE, 3)
            } else {
                emit(.BUILD_SLICE, 2)
            }
        case .name(let id, let ctx):
            try nameOp(id, ctx == .load ? .load : ctx == .store ? .store : .del)
        case .list(let elts, let ctx):
            switch ctx {
            case .store: try assignUnpack(elts)
            case .load: try starUnpack(elts, pushed: 0, build: .BUILD_LIST, add: .LIST_APPEND, extend: .LIST_EXTEND, tuple: false)
            case .del: for x in elts { try compileExpr(x) }
            }
        case .tuple(let elts, let ctx):
            switch ctx {
            case .store: try assignUnpack(elts)
            case .load: try starUnpack(elts, pushed: 0, build: .BUILD_LIST, add: .LIST_APPEND, extend: .LIST_EXTEND, tuple: true)
            case .del: for x in elts { try compileExpr(x) }
            }
        }
    }

    func binaryOperator(_ op: Operator, inplace: Bool = false) -> BinaryOperator {
        let b: BinaryOperator
        switch op {
        case .add: b = .add
        case .sub: b = .subtract
        case .mult: b = .multiply
        case .matMult: b = .matrixMultiply
        case .div: b = .trueDivide
        case .mod: b = .remainder
        case .pow: b = .power
        case .lShift: b = .lshift
        case .rShift: b = .rshift
        case .bitOr: b = .or
        case .bitXor: b = .xor
        case .bitAnd: b = .and
        case .floorDiv: b = .floorDivide
        }
        return inplace ? BinaryOperator(rawValue: b.rawValue + 13)! : b
    }

    // MARK: comparisons and conditional jumps

    func emitCompare(_ op: CmpOperator) {
        switch op {
        case .eq: emit(.COMPARE_OP, ComparisonOperator.eq.rawValue)
        case .notEq: emit(.COMPARE_OP, ComparisonOperator.ne.rawValue)
        case .lt: emit(.COMPARE_OP, ComparisonOperator.lt.rawValue)
        case .ltE: emit(.COMPARE_OP, ComparisonOperator.le.rawValue)
        case .gt: emit(.COMPARE_OP, ComparisonOperator.gt.rawValue)
        case .gtE: emit(.COMPARE_OP, ComparisonOperator.ge.rawValue)
        case .is: emit(.IS_OP, 0)
        case .isNot: emit(.IS_OP, 1)
        case .in: emit(.CONTAINS_OP, 0)
        case .notIn: emit(.CONTAINS_OP, 1)
        }
    }

    /// `a < b < c`: each middle operand is evaluated once (DUP_TOP/ROT_THREE) and the chain
    /// stops at the first false comparison.
    func compileCompare(_ left: Expr, _ ops: [CmpOperator], _ comparators: [Expr]) throws(SyntaxError) {
        try compileExpr(left)
        let n = ops.count - 1
        if n == 0 {
            try compileExpr(comparators[0])
            emitCompare(ops[0])
            return
        }
        let cleanup = newLabel(), end = newLabel()
        for i in 0..<n {
            try compileExpr(comparators[i])
            emit(.DUP_TOP)
            emit(.ROT_THREE)
            emitCompare(ops[i])
            jump(.JUMP_IF_FALSE_OR_POP, cleanup)
        }
        try compileExpr(comparators[n])
        emitCompare(ops[n])
        jump(.JUMP_FORWARD, end)
        bind(cleanup)
        emit(.ROT_TWO)
        emit(.POP_TOP)
        bind(end)
    }

    /// Jumps to `target` when `e` is `cond` (CPython's compiler_jump_if), without materializing
    /// booleans for `not`, `and`/`or`, conditional expressions and comparison chains.
    /// As in CPython 3.11, a comparison's location stays current afterwards (an assert then
    /// raises at the comparison, which tracebacks underline); other tests restore the location.
    func jumpIf(_ e: Expr, _ target: Label, _ cond: Bool) throws(SyntaxError) {
        let saved = u.loc
        u.loc = e.loc
        defer {
            var isCompare = false
            if case .compare = e.kind { isCompare = true }
            if !isCompare && u.loc == e.loc { u.loc = saved }
        }
        if let c = constantValue(e), let truth = constantTruth(c) {
            if truth == cond { jump(.JUMP_FORWARD, target) }
            return
        }
        switch e.kind {
        case .unaryOp(.not, let operand):
            try jumpIf(operand, target, !cond)
            return
        case .boolOp(let op, let values):
            let cond2 = op == .or
            let next2 = cond2 != cond ? newLabel() : target
            for v in values.dropLast() { try jumpIf(v, next2, cond2) }
            try jumpIf(values[values.count - 1], target, cond)
            if next2 != target { bind(next2) }
            return
        case .ifExp(let test, let body, let orelse):
            let end = newLabel(), next2 = newLabel()
            try jumpIf(test, next2, false)
            try jumpIf(body, target, cond)
            jump(.JUMP_FORWARD, end)
            bind(next2)
            try jumpIf(orelse, target, cond)
            bind(end)
            return
        case .compare(let left, let ops, let comparators) where ops.count > 1:
            let cleanup = newLabel(), end = newLabel()
            try compileExpr(left)
            let n = ops.count - 1
            for i in 0..<n {
                try compileExpr(comparators[i])
                emit(.DUP_TOP)
                emit(.ROT_THREE)
                emitCompare(ops[i])
                jump(.POP_JUMP_IF_FALSE, cleanup)
            }
            try compileExpr(comparators[n])
            emitCompare(ops[n])
            jump(cond ? .POP_JUMP_IF_TRUE : .POP_JUMP_IF_FALSE, target)
            jump(.JUMP_FORWARD, end)
            bind(cleanup)
            emit(.POP_TOP)
            if !cond { jump(.JUMP_FORWARD, target) }
            bind(end)
            return
        default:
            break
        }
        try compileExpr(e)
        jump(cond ? .POP_JUMP_IF_TRUE : .POP_JUMP_IF_FALSE, target)
    }

    // MARK: displays

    /// Builds a list/set/tuple from `elts`, which may hold `*iterable` items (CPython's
    /// starunpack_helper). `pushed` values are already on the stack and become the first items.
    func starUnpack(_ elts: [Expr], pushed: Int, build: Opcode, add: Opcode, extend: Opcode, tuple: Bool) throws(SyntaxError) {
        let n = elts.count
        if n > 2, let folded = constantElements(elts) {
            if tuple && pushed == 0 {
                loadConst(.tuple(folded))
            } else {
                emit(build, pushed)
                loadConst(add == .SET_ADD ? .frozenset(folded) : .tuple(folded))
                emit(extend, 1)
                if tuple { emit(.LIST_TO_TUPLE) }
            }
            return
        }
        let big = n + pushed > stackUseGuideline
        let seenStar = elts.contains { if case .starred = $0.kind { return true } else { return false } }
        if !seenStar && !big {
            for x in elts { try compileExpr(x) }
            emit(tuple ? .BUILD_TUPLE : build, n + pushed)
            return
        }
        var built = false
        if big {
            emit(build, pushed)
            built = true
        }
        for (i, x) in elts.enumerated() {
            if case .starred(let value, _) = x.kind {
                if !built {
                    emit(build, i + pushed)
                    built = true
                }
                try compileExpr(value)
                emit(extend, 1)
            } else {
                try compileExpr(x)
                if built { emit(add, 1) }
            }
        }
        if tuple { emit(.LIST_TO_TUPLE) }
    }

    func compileDict(_ keys: [Expr?], _ values: [Expr]) throws(SyntaxError) {
        var haveDict = false
        var elements = 0
        for i in 0..<values.count {
            if keys[i] == nil {
                if elements > 0 {
                    try subdict(keys, values, i - elements, i)
                    if haveDict { emit(.DICT_UPDATE, 1) }
                    haveDict = true
                    elements = 0
                }
                if !haveDict {
                    emit(.BUILD_MAP, 0)
                    haveDict = true
                }
                try compileExpr(values[i])
                emit(.DICT_UPDATE, 1)
            } else if elements * 2 > stackUseGuideline {
                try subdict(keys, values, i - elements, i + 1)
                if haveDict { emit(.DICT_UPDATE, 1) }
                haveDict = true
                elements = 0
            } else {
                elements += 1
            }
        }
        if elements > 0 {
            try subdict(keys, values, values.count - elements, values.count)
            if haveDict { emit(.DICT_UPDATE, 1) }
            haveDict = true
        }
        if !haveDict { emit(.BUILD_MAP, 0) }
    }

    func subdict(_ keys: [Expr?], _ values: [Expr], _ begin: Int, _ end: Int) throws(SyntaxError) {
        let n = end - begin
        let big = n * 2 > stackUseGuideline
        if n > 1 && !big, let constKeys = constantElements(keys[begin..<end].map { $0! }) {
            for i in begin..<end { try compileExpr(values[i]) }
            loadConst(.tuple(constKeys))
            emit(.BUILD_CONST_KEY_MAP, n)
            return
        }
        if big { emit(.BUILD_MAP, 0) }
        for i in begin..<end {
            try compileExpr(keys[i]!)
            try compileExpr(values[i])
            if big { emit(.MAP_ADD, 1) }
        }
        if !big { emit(.BUILD_MAP, n) }
    }

    // MARK: calls

    func compileCall(_ fn: Expr, _ args: [Expr], _ keywords: [Keyword]) throws(SyntaxError) {
        try validateKeywords(keywords)
        let hasStar = args.contains { if case .starred = $0.kind { return true } else { return false } }
        let hasDoubleStar = keywords.contains { $0.arg == nil }
        if case .attribute(let obj, let attr, .load) = fn.kind, !hasStar, !hasDoubleStar,
           args.count + keywords.count * 2 < stackUseGuideline {
            try compileExpr(obj)
            try at(fn.loc) { () throws(SyntaxError) in emitName(.LOAD_METHOD, attr) }
            for a in args { try compileExpr(a) }
            if keywords.isEmpty {
                emit(.CALL_METHOD, args.count)
            } else {
                for k in keywords { try compileExpr(k.value) }
                loadConst(.tuple(keywords.map { .string($0.arg!) }))
                emit(.CALL_METHOD_KW, args.count + keywords.count)
            }
            return
        }
        try compileExpr(fn)
        try callHelper(pushed: 0, args, keywords)
    }

    func validateKeywords(_ keywords: [Keyword]) throws(SyntaxError) {
        for (i, k) in keywords.enumerated() {
            guard let name = k.arg else { continue }
            for other in keywords[(i + 1)...] where other.arg == name {
                throw error("keyword argument repeated: \(name)", at: other.loc)
            }
        }
    }

    /// Calls the callable below `pushed` extra positional values (CPython's compiler_call_helper).
    func callHelper(pushed: Int, _ args: [Expr], _ keywords: [Keyword]) throws(SyntaxError) {
        let hasStar = args.contains { if case .starred = $0.kind { return true } else { return false } }
        let hasDoubleStar = keywords.contains { $0.arg == nil }
        if !(args.count + keywords.count * 2 > stackUseGuideline || hasStar || hasDoubleStar) {
            for a in args { try compileExpr(a) }
            if keywords.isEmpty {
                emit(.CALL_FUNCTION, pushed + args.count)
            } else {
                for k in keywords { try compileExpr(k.value) }
                loadConst(.tuple(keywords.map { .string($0.arg!) }))
                emit(.CALL_FUNCTION_KW, pushed + args.count + keywords.count)
            }
            return
        }
        // Positional arguments as one tuple.
        if pushed == 0 && args.count == 1, case .starred(let value, _) = args[0].kind {
            try compileExpr(value)
        } else {
            try starUnpack(args, pushed: pushed, build: .BUILD_LIST, add: .LIST_APPEND, extend: .LIST_EXTEND, tuple: true)
        }
        // Keyword arguments as one dict.
        if !keywords.isEmpty {
            var haveDict = false
            var seen = 0
            for (i, k) in keywords.enumerated() {
                if k.arg == nil {
                    if seen > 0 {
                        try subkwargs(keywords, i - seen, i)
                        if haveDict { emit(.DICT_MERGE, 1) }
                        haveDict = true
                        seen = 0
                    }
                    if !haveDict {
                        emit(.BUILD_MAP, 0)
                        haveDict = true
                    }
                    try compileExpr(k.value)
                    emit(.DICT_MERGE, 1)
                } else {
                    seen += 1
                }
            }
            if seen > 0 {
                try subkwargs(keywords, keywords.count - seen, keywords.count)
                if haveDict { emit(.DICT_MERGE, 1) }
            }
        }
        emit(.CALL_FUNCTION_EX, keywords.isEmpty ? 0 : 1)
    }

    func subkwargs(_ keywords: [Keyword], _ begin: Int, _ end: Int) throws(SyntaxError) {
        let n = end - begin
        let big = n * 2 > stackUseGuideline
        if n > 1 && !big {
            for k in keywords[begin..<end] { try compileExpr(k.value) }
            loadConst(.tuple(keywords[begin..<end].map { .string($0.arg!) }))
            emit(.BUILD_CONST_KEY_MAP, n)
            return
        }
        if big { emit(.BUILD_MAP, 0) }
        for k in keywords[begin..<end] {
            loadConst(.string(k.arg!))
            try compileExpr(k.value)
            if big { emit(.MAP_ADD, 1) }
        }
        if !big { emit(.BUILD_MAP, n) }
    }
}
