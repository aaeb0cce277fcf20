"""Sub-commands of `airlock`. Each module exposes `register(subparsers)`; handlers take
`(args, context)` and return an exit code. This is the composition layer: it may import anything."""
