print('shapes.solid package init')
