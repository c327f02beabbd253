// Krait's public API. A host includes this header (or the ones it gathers) and nothing
// else from the tree; docs/EMBEDDING.md teaches it.
//
//   error.hpp        krait::Error, a Python exception that reached the host
//   handle.hpp       krait::Handle, a reference to a Python object
//   convert.hpp      conversions between C++ values and Python objects
//   interpreter.hpp  krait::Interpreter: configure, run code, read and write globals
//   function.hpp     C++ callables as Python functions
//   async.hpp        the event loop a host drives, and futures it resolves
//   class.hpp        conversions of bound C++ classes
//   module.hpp       native modules and classes
//   frontend.hpp     parse, tokenize and disassemble without running
#pragma once
#include "krait/async.hpp"
#include "krait/class.hpp"
#include "krait/convert.hpp"
#include "krait/error.hpp"
#include "krait/frontend.hpp"
#include "krait/function.hpp"
#include "krait/interpreter.hpp"
#include "krait/module.hpp"
#include "krait/handle.hpp"
