// Second symbol-table pass (CPython's analyze_block and friends): resolves every name of every
// block to a scope. `bound` holds names bound in enclosing function scopes, `global` names
// declared global above; free variables flow upward, turning enclosing locals into cells.

struct SymtableAnalyzer {
    let filename: String

    func analyze(_ top: SymbolTableEntry) throws(SyntaxError) {
        var free = Set<String>()
        var global = Set<String>()
        try analyzeBlock(top, bound: nil, free: &free, global: &global)
    }

    func directiveError(_ msg: String, _ ste: SymbolTableEntry, _ name: String) -> SyntaxError {
        let loc = ste.directives[name] ?? ste.loc
        return makeSyntaxError(msg, loc, filename: filename)
    }

    func analyzeName(_ ste: SymbolTableEntry, _ scopes: inout [String: SymbolScope], _ name: String,
                     _ flags: SymbolFlags, bound: Set<String>?, local: inout Set<String>,
                     free: inout Set<String>, global: inout Set<String>) throws(SyntaxError) {
        if flags.contains(.defGlobal) {
            if flags.contains(.defNonlocal) {
                throw directiveError("name '\(name)' is nonlocal and global", ste, name)
            }
            scopes[name] = .globalExplicit
            global.insert(name)
            // CPython discards from `bound` here; `bound` is this block's private copy.
            return
        }
        if flags.contains(.defNonlocal) {
            guard let bound else {
                throw directiveError("nonlocal declaration not allowed at module level", ste, name)
            }
            if !bound.contains(name) {
                throw directiveError("no binding for nonlocal '\(name)' found", ste, name)
            }
            scopes[name] = .free
            ste.hasFree = true
            free.insert(name)
            return
        }
        if !flags.isDisjoint(with: .defBound) {
            scopes[name] = .local
            local.insert(name)
            global.remove(name)
            return
        }
        if let bound, bound.contains(name) {
            scopes[name] = .free
            ste.hasFree = true
            free.insert(name)
            return
        }
        if global.contains(name) {
            scopes[name] = .globalImplicit
            return
        }
        if ste.nested { ste.hasFree = true }
        scopes[name] = .globalImplicit
    }

    func analyzeBlock(_ ste: SymbolTableEntry, bound inBound: Set<String>?, free: inout Set<String>,
                      global: inout Set<String>) throws(SyntaxError) {
        var bound = inBound
        var local = Set<String>()
        var scopes: [String: SymbolScope] = [:]
        var newGlobal = Set<String>()
        var newFree = Set<String>()
        var newBound = Set<String>()

        if ste.type == .class {
            newGlobal.formUnion(global)
            if let bound { newBound.formUnion(bound) }
        }
        for name in ste.order {
            // A global declaration in this block hides an enclosing binding from it (CPython
            // removes it from its `bound` set).
            try analyzeName(ste, &scopes, name, ste.flags[name]!, bound: bound, local: &local,
                            free: &free, global: &global)
            if scopes[name] == .globalExplicit { bound?.remove(name) }
        }
        if ste.type != .class {
            if ste.type == .function { newBound.formUnion(local) }
            if let bound { newBound.formUnion(bound) }
            newGlobal.formUnion(global)
        } else {
            newBound.insert("__class__")
        }

        var allFree = Set<String>()
        for child in ste.children {
            var childFree = newFree
            var childGlobal = newGlobal
            try analyzeBlock(child, bound: newBound, free: &childFree, global: &childGlobal)
            allFree.formUnion(childFree)
            if child.hasFree || child.childFree { ste.childFree = true }
        }
        newFree.formUnion(allFree)

        if ste.type == .function {
            // Locals used freely by children become cells.
            for (name, scope) in scopes where scope == .local && newFree.contains(name) {
                scopes[name] = .cell
                newFree.remove(name)
            }
        } else if ste.type == .class {
            if newFree.remove("__class__") != nil { ste.needsClassClosure = true }
        }

        // update_symbols: record scopes, then propagate children's free names.
        ste.scopes = scopes
        for name in newFree.sorted() {
            if let flags = ste.flags[name] {
                if ste.type == .class && !flags.isDisjoint(with: SymbolFlags.defBound.union(.defGlobal)) {
                    ste.setFlags(name, flags.union(.defFreeClass))
                }
                continue
            }
            if let bound, !bound.contains(name) { continue }  // a global
            ste.setFlags(name, [])
            ste.scopes[name] = .free
        }
        free.formUnion(newFree)
    }
}
