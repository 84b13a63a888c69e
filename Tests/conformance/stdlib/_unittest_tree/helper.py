raise RuntimeError('helper.py must not be imported by discovery (pattern test*.py)')
